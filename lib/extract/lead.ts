import type { Qualifier } from '@/db/enums';
import { qualifierFromWords } from '@/lib/claims/rules/qualifier';
import { OUTCOME_TEST, PEOPLE } from './lexicon';
import { endPattern, lastWords, reachStart } from './scan';

// What the words before a figure say of it: its hedge ("at least"), a verb that governs it ("killed
// 45"), a toll that reaches it ("the toll rose to 45"). Each is read from the last few words (see
// scan.ts); qualifierFromWords reads up to four of them, withoutHedge as many.

// Hedges are at most four words, none longer than "approximately".
const HEDGE_WORDS = 4;
const LONGEST_HEDGE_WORD = 'approximately'.length;
// Longer than any word the rules below read, so a word cut to it reads as it does whole.
const LONGEST_WORD = 24;

// Verbs that say a figure was passed: the number is a lower bound, never reached exactly.
const PASSED = endPattern(
  /\b(?:exceeded|exceeds|surpassed|surpasses|topped|tops|passed|crossed)\s*$/i,
  { words: 1, partial: 'surpassed'.length },
);
const GOVERNING =
  /\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)|displac(?:ed|ing|es)|detain(?:ed|ing|s)?|arrest(?:ed|ing|s)?|abduct(?:ed|ing|s)?|(?:lives|bodies|deaths) of|leaving|left)\s*$/i;
// "the toll rose to", "the number of the dead reached": a toll word, then anything, then one of
// these words just before the figure (the pattern was one: /\bTOLL\b.*\bEND\s*$/i).
const TOLL_WORD =
  /\b(?:toll|tally|total|number of (?:the )?(?:dead|deaths|people killed|fatalities|casualties|victims|injured|wounded|displaced|missing|detainees)|casualties|fatalities|death count)\b/gi;
const TOLL_END = /\b(?:to|at|of|reached|hit|passed|exceeded|surpassed|topped|is|was|now|by)\s*$/i;
const LABEL = /^\s*([\p{L}][\p{L} ]{0,40}?)\s*[:–—-]\s*$/u;

/** The qualifier the words before a figure give it ("at least"), or a passed mark ("topped"). */
export function leadQualifier(lead: string): Qualifier | null {
  const hedge = lead.slice(
    reachStart(lead, lead.length, { words: HEDGE_WORDS + 1, partial: LONGEST_HEDGE_WORD }),
  );
  return qualifierFromWords(hedge) ?? (PASSED.test(lead) ? 'more_than' : null);
}

/**
 * How many of the last words are a hedge: as many as the last word that changes what
 * qualifierFromWords reads ("no more than" is three words, while "wounded some" reads as "some").
 */
function hedgeLength(words: readonly string[]): number {
  let length = 0;
  let previous = null;
  for (let n = 1; n <= Math.min(HEDGE_WORDS, words.length); n++) {
    const reading = qualifierFromWords(words.slice(-n).join(' '));
    if (reading !== null && reading !== previous) length = n;
    previous = reading;
  }
  return length;
}

/** The text before a number without the hedge that ends it ("rose to over" → "rose to"). */
export function withoutHedge(before: string): string {
  const words = before.trimEnd().split(/\s+/);
  return words.slice(0, words.length - hedgeLength(words)).join(' ');
}

/**
 * Where the first toll word of a sentence ends ("death toll", "number of the dead"), read as if
 * its whitespace were single spaces, as withoutHedge leaves the words before a figure; Infinity
 * when it has none.
 */
export function tollWordEnd(sentence: string): number {
  const words = [...sentence.matchAll(/\S+/g)];
  const joined = words.map((w) => w[0]).join(' ');
  let end = Infinity;
  TOLL_WORD.lastIndex = 0;
  for (let m = TOLL_WORD.exec(joined); m && m.index < end; m = TOLL_WORD.exec(joined)) {
    end = Math.min(end, m.index + m[0].length);
    TOLL_WORD.lastIndex = m.index + 1;
  }
  if (end === Infinity) return end;
  // Back to the sentence: the word the match ends in, and as far into it.
  let joinedAt = 0;
  for (const word of words) {
    if (end <= joinedAt + word[0].length) return word.index + end - joinedAt;
    joinedAt += word[0].length + 1;
  }
  return Infinity;
}

/**
 * Whether the words before a figure govern it as a casualty count: "killed 45", "toll rose to 45",
 * or a label ("Killed: 45"). `tollEnd` is the sentence's tollWordEnd.
 */
export function isGoverned(
  sentence: string,
  start: number,
  previousEnd: number,
  tollEnd: number,
): boolean {
  const words = lastWords(sentence, start, HEDGE_WORDS + 2, LONGEST_WORD);
  const kept = words.slice(0, words.length - hedgeLength(words.map((w) => w.text)));
  const last = kept.at(-1);
  const end = last ? TOLL_END.exec(last.text) : null;
  const isToll =
    last !== undefined && end !== null && tollEnd <= last.end - last.text.length + end.index;
  const local = withoutHedge(sentence.slice(previousEnd, start));
  const [, label] = LABEL.exec(local) ?? [];
  return (
    GOVERNING.test(
      kept
        .slice(-2)
        .map((w) => w.text)
        .join(' '),
    ) ||
    isToll ||
    (label !== undefined &&
      (OUTCOME_TEST.test(label) ||
        label
          .toLowerCase()
          .split(' ')
          .some((w) => PEOPLE.has(w))))
  );
}
