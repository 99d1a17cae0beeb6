import type { NumberToken } from './numbers';
import { endPattern } from './scan';

// The word just before a number, read from the end (see scan.ts).
const BETWEEN_BEFORE = endPattern(/\bbetween\s+$/i, { words: 1, partial: 0 });
const FROM_BEFORE = endPattern(/\bfrom\s+$/i, { words: 1, partial: 0 });
const BY_BEFORE = endPattern(/\bby\s+$/i, { words: 1, partial: 0 });

/** A figure's number: one, or the two ends of a range. Offsets are into the sentence. */
export type Unit = {
  start: number;
  end: number;
  value: number;
  low: number | null;
  high: number | null;
  isRange: boolean;
  isEarlier: boolean;
};

/**
 * Pairs numbers into ranges ("between 10 and 20", "10 to 20", "10-20") and marks the start of a
 * change ("rose from 40 to 45"), which is an earlier figure rather than a range; "by 45 to" is
 * neither.
 */
export function unitsOf(sentence: string, tokens: NumberToken[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (!a) break;
    const single: Unit = { ...a, low: null, high: null, isRange: false, isEarlier: false };
    if (!b) {
      units.push(single);
      continue;
    }
    const gap = sentence.slice(a.end, b.start);
    const lead = sentence.slice(0, a.start);
    const isBetween = /^\s+and\s+$/i.test(gap) && BETWEEN_BEFORE.test(lead);
    const isTo = /^\s*(?:to|-|–|—)\s*$/i.test(gap);
    if (isTo && FROM_BEFORE.test(lead)) units.push({ ...single, isEarlier: true });
    else if ((isBetween || (isTo && !BY_BEFORE.test(lead))) && a.value < b.value) {
      units.push({
        start: a.start,
        end: b.end,
        value: a.value,
        low: a.value,
        high: b.value,
        isRange: true,
        isEarlier: false,
      });
      i++;
    } else units.push(single);
  }
  return units;
}
