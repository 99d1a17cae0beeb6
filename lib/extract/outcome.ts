import { OUTCOME_WORD, outcomeOfWord } from './lexicon';
import type { Outcome } from './types';

export type OutcomeReading = { outcome: Outcome | null; isLocal: boolean };

// "who were killed", "are believed to have been killed", "were arbitrarily detained".
const AFTER_PHRASE = new RegExp(
  String.raw`^\s*,?\s*(?:(?:who|that|which|were|was|are|is|have|has|had|been|being|be|reportedly|also|all|still|now|later|mostly|allegedly|believed|thought|feared|confirmed|said|reported|to|(?!family\b)\p{L}+ly)\s+)*(${OUTCOME_WORD.source.slice(2, -2)})\b`,
  'iu',
);

// "…, including 1,644 children and 1,005 women, were wounded": the verb is past the breakdown.
const BREAKDOWN = /^\s*(?:,\s*(?:including|among them|of whom)\b[^,]*,|\s*\([^)]*\))/i;
// "500 were killed and 6,612 wounded": a passive "were killed" belongs to the figure before it.
const PASSIVE = /\b(?:were|was|are|is|been)\s+(?:\p{L}+ly\s+)?$/iu;

/** Whether the words after a figure say what happened to it: "had been reported missing". */
export function isOutcomeNext(after: string): boolean {
  return AFTER_PHRASE.test(after);
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
  sentence: string,
  figure: { start: number; phraseEnd: number },
  previousEnd: number,
  nextStart: number,
): OutcomeReading {
  const [, afterWord] =
    AFTER_PHRASE.exec(sentence.slice(figure.phraseEnd).replace(BREAKDOWN, '')) ?? [];
  if (afterWord !== undefined) return { outcome: outcomeOfWord(afterWord), isLocal: true };
  const before = lastOutcome(sentence.slice(previousEnd, figure.start));
  if (before) return { outcome: before, isLocal: true };
  const after = firstOutcome(sentence.slice(figure.phraseEnd, nextStart));
  if (after) return { outcome: after, isLocal: false };
  let nearest: { outcome: Outcome; distance: number } | null = null;
  for (const word of sentence.matchAll(OUTCOME_WORD)) {
    const outcome = outcomeOfWord(word[0]);
    const distance = Math.abs(word.index - figure.start);
    if (outcome && (!nearest || distance < nearest.distance)) nearest = { outcome, distance };
  }
  return { outcome: nearest?.outcome ?? null, isLocal: false };
}
