import {
  OUTCOME_HEADS,
  PARTITIVE_HEADS,
  PEOPLE,
  UNIT_HEADS,
  outcomeOfWord,
  peopleFromAdjective,
} from './lexicon';
import type { Outcome } from './types';

export type Counted = {
  /** What is counted, as the text says it ("civilians", "members of opposition groups"). */
  counted: string;
  unit: string;
  /** The outcome the phrase itself names: "45 deaths", "96 wounded patients". */
  outcome: Outcome | null;
  /** Whether the phrase is a bare outcome ("510 injured"): it counts what the figure before did. */
  isBare: boolean;
  /** Where the phrase ends, as an offset into the text after the number. */
  length: number;
};

// Words that end the search for a head noun: "3 hospitals in which 45 people" is no phrase.
const STOP = new Set(
  'of in on at and or but were was are is have has had who that which from to for with by since as across after during including among while the a an this these those than against per into under over near inside outside within without through between towards toward amid like'.split(
    ' ',
  ),
);
// Words that add nothing to what is counted: "12 more people", "another 3 other children".
const FILLER = new Set('more other further additional new total'.split(' '));
// "Gazans", "Israelis", "Lebanese", "Alawites": capitalised plurals of peoples.
const PEOPLES = /^\p{Lu}\p{Ll}+(?:ans|is|ese|ites)$/u;
const isPeople = (word: string): boolean => PEOPLE.has(word.toLowerCase()) || PEOPLES.test(word);

const WORD = /[\p{L}][\p{L}'’-]*|[^\s\p{L}]/gu;

/** The noun phrase after a number that says what it counts, or null when it names no people. */
export function readCounted(after: string): Counted | null {
  if (!/^[\s-]/.test(after)) return null;
  // The first six words only: reading every word of the rest of the sentence from each figure
  // would make a sentence of many figures quadratic.
  const words: RegExpExecArray[] = [];
  for (const word of after.matchAll(WORD)) if (words.push(word) === 6) break;
  for (const [index, match] of words.entries()) {
    const word = match[0].toLowerCase();
    // "civilian deaths", "wounded patients": the last of two people nouns is the head.
    const next = words[index + 1]?.[0] ?? '';
    if (isPeople(match[0]) && !isPeople(next)) return phraseAt(after, words.slice(0, index), match);
    if (STOP.has(word) || !/^\p{L}/u.test(word)) return null;
  }
  return null;
}

function phraseAt(after: string, before: RegExpExecArray[], head: RegExpExecArray): Counted {
  const headWord = head[0].toLowerCase();
  const adjectives = before.map((m) => m[0]).filter((w) => !FILLER.has(w.toLowerCase()));
  const outcomeAdjective = adjectives.map((w) => outcomeOfWord(w)).find((o) => o !== null) ?? null;
  const modifiers = adjectives.filter((w) => outcomeOfWord(w) === null && !/ly$/i.test(w));
  let length = head.index + head[0].length;
  const headOutcome = OUTCOME_HEADS[headWord] ?? null;
  if (headOutcome && headOutcome !== 'other') {
    const counted = modifiers.length > 0 ? peopleFromAdjective(modifiers.at(-1) ?? '') : 'people';
    return {
      counted,
      unit: 'people',
      outcome: headOutcome,
      isBare: modifiers.length === 0,
      length,
    };
  }
  let counted = [...modifiers, head[0]].join(' ');
  if (PARTITIVE_HEADS.has(headWord)) {
    const whose =
      /^\s+of\s+((?:the\s+)?[\p{L}'’-]+(?:\s+(?!(?:who|were|was|are|is|have|has|had|and|in|on|at|from|belonging|killed)\b)[\p{L}'’-]+){0,4})/u.exec(
        after.slice(length),
      );
    if (whose) {
      counted += ` of ${whose[1]}`;
      length += whose[0].length;
    }
  }
  return {
    counted,
    unit: UNIT_HEADS.has(headWord) ? headWord : 'people',
    outcome: headOutcome ?? outcomeAdjective,
    isBare: headWord === 'others',
    length,
  };
}

/** "230 were children", "12 of them were women": the people named after the verb, or null. */
export function readPredicate(after: string): string | null {
  const [, people] =
    /^\s+(?:of\s+(?:them|whom|those|these|the\s+\w+)\s+)?(?:were|are|was|is)\s+(?:also\s+)?(?:\w+\s+)??([\p{L}-]+)/u.exec(
      after,
    ) ?? [];
  if (!people) return null;
  const word = people.toLowerCase();
  return PEOPLE.has(word) && !(word in OUTCOME_HEADS) ? people : null;
}
