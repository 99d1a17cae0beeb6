import { OUTCOME_WORD, outcomeOfWord } from './lexicon';
import { endPattern, stickyPattern } from './scan';
import type { SentenceIndex } from './sentence-index';
import type { Outcome } from './types';

export type OutcomeReading = { outcome: Outcome | null; isLocal: boolean };

// "who were killed", "are believed to have been killed", "were arbitrarily detained". Each word
// of the run can be read one way only ("reportedly", "mostly" and "allegedly" are read as words in
// -ly), and ", " one way only: a pattern that can read a run two ways backtracks through every
// reading of it when no outcome follows.
const AFTER_PHRASE = new RegExp(
  String.raw`^\s*(?:,\s*)?(?:(?:who|that|which|were|was|are|is|have|has|had|been|being|be|also|all|still|now|later|believed|thought|feared|confirmed|said|reported|to|(?!family\b)\p{L}+ly)\s+)*(${OUTCOME_WORD.source.slice(2, -2)})\b`,
  'iu',
);
const AFTER_PHRASE_AT = stickyPattern(AFTER_PHRASE);

// "…, including 1,644 children and 1,005 women, were wounded": the verb is past the breakdown,
// which runs to the next comma, or to the closing bracket. That end is looked up rather than read
// to (/^\s*(?:,\s*(?:including|among them|of whom)\b[^,]*,|\s*\([^)]*\))/i, which reads to the end
// of the sentence from every figure when no comma or bracket follows).
const BREAKDOWN_OPENS = stickyPattern(/^\s*(?:(,)\s*(?:including|among them|of whom)\b|\()/i);
// "500 were killed and 6,612 wounded": a passive "were killed" belongs to the figure before it.
const PASSIVE = endPattern(/\b(?:were|was|are|is|been)\s+(?:\p{L}+ly\s+)?$/iu, {
  words: 2,
  partial: 0,
});

/** Whether the words after a figure say what happened to it: "had been reported missing". */
export function isOutcomeNext(after: string): boolean {
  return AFTER_PHRASE.test(after);
}

/** Where a breakdown that opens at `from` ends ("…, including …," or "(…)"), or `from`. */
function breakdownEnd(index: SentenceIndex, from: number): number {
  const opens = BREAKDOWN_OPENS(index.text, from);
  if (!opens) return from;
  const open = from + opens[0].length;
  const close = opens[1] === ',' ? index.nextOf(',', open) : index.nextOf(')', open);
  return close < index.text.length ? close + 1 : from;
}

function lastOutcome(text: string): Outcome | null {
  const words = [...text.matchAll(OUTCOME_WORD)];
  for (const word of words.reverse()) {
    const outcome = outcomeOfWord(word[0]);
    if (outcome && !PASSIVE.test(text.slice(0, word.index))) return outcome;
  }
  return null;
}

function firstOutcome(text: string): Outcome | null {
  for (const word of text.matchAll(OUTCOME_WORD)) {
    const outcome = outcomeOfWord(word[0]);
    if (outcome) return outcome;
  }
  return null;
}

/**
 * What happened to the people a figure counts, from the nearest words that say: right after its
 * phrase ("who were killed"), then back to the figure before it ("and wounded 50"), then on to the
 * next figure; failing those, the nearest outcome word anywhere in the sentence. Local readings
 * (the first two) can overrule a total's outcome when figures are linked as parts.
 */
export function readOutcome(
  index: SentenceIndex,
  figure: { start: number; phraseEnd: number },
  previousEnd: number,
  nextStart: number,
): OutcomeReading {
  const sentence = index.text;
  const [, afterWord] = AFTER_PHRASE_AT(sentence, breakdownEnd(index, figure.phraseEnd)) ?? [];
  if (afterWord !== undefined) return { outcome: outcomeOfWord(afterWord), isLocal: true };
  const before = lastOutcome(sentence.slice(previousEnd, figure.start));
  if (before) return { outcome: before, isLocal: true };
  const after = firstOutcome(sentence.slice(figure.phraseEnd, nextStart));
  if (after) return { outcome: after, isLocal: false };
  return { outcome: index.nearestOutcome(figure.start), isLocal: false };
}
