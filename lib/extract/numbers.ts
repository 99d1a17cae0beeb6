import {
  SCALE_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  scaleValue,
  wordsValue,
} from '@/lib/text/number-words';
import { endPattern } from './scan';

/** A number written in a sentence, with its offsets in that sentence. */
export type NumberToken = { start: number; end: number; value: number };

// Casualty texts count nobody in trillions, but they do cost damage in them: left out here.
const SCALE = [
  'hundred',
  ...SCALE_WORDS.filter(([name]) => name !== 'trillion').map(([name]) => name),
].join('|');
const SMALL = `(?:${TENS_WORDS.join('|')})(?:-(?:${UNIT_WORDS.slice(1, 10).join('|')}))?|${UNIT_WORDS.join('|')}`;
// "a dozen", "two hundred and fifty", "half a million", "twenty-five": a word number is small
// numbers and scales joined by spaces, hyphens and a British "and" after a scale.
const WORDS = new RegExp(
  String.raw`\b(?:half an? (?:${SCALE}|dozen)|an? (?:${SCALE}|dozen)|(?:${SMALL})(?:[ -](?:${SCALE}|dozen))?)` +
    String.raw`(?:(?: and | |-)(?:${SMALL}|${SCALE})\b)*\b`,
  'gi',
);
// Digits with comma thousands and an optional decimal, not glued to letters or other digits: an
// ordinal ("3rd"), a code ("F-16", "A/RES/10") or a decimal's tail is no number of its own.
const DIGITS =
  /(?<![\p{L}\p{N}_/]|\p{L}-|\d[.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(million|billion|thousand)\b|(m|bn)\b)?(?![\p{L}\p{N}_/]|[.,]\d)/gu;

// "1,4 million": a decimal comma, which only a scale word after it makes unambiguous.
const DECIMAL_COMMA = /(?<![\p{N},.])(\d{1,3}),(\d{1,2})\s+(million|billion)\b/gu;
// Read from the end of a growing phrase: only its last scale word can match.
const ENDS_IN_SCALE = endPattern(new RegExp(String.raw`(?:${SCALE})$`, 'i'), {
  words: 1,
  partial: Math.max(...SCALE.split('|').map((word) => word.length)),
});

/** Every number in a sentence, in digits ("48,450", "1.2 million") or words ("nearly two hundred"). */
export function findNumbers(sentence: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of sentence.matchAll(DIGITS)) {
    const [, whole = '', fraction = '', scale, short] = match;
    const base = Number(whole.replaceAll(',', '') + fraction);
    const factor = scaleValue(scale ?? short ?? '') ?? 1;
    tokens.push({
      start: match.index,
      end: match.index + match[0].length,
      value: Number((base * factor).toPrecision(15)),
    });
  }
  for (const match of sentence.matchAll(DECIMAL_COMMA)) {
    const [, units, decimals, scale = ''] = match;
    const value = Number(`${units}.${decimals}`) * (scaleValue(scale) ?? Number.NaN);
    tokens.push({
      start: match.index,
      end: match.index + match[0].length,
      value: Number(value.toPrecision(15)),
    });
  }
  for (const match of sentence.matchAll(WORDS)) {
    // Numbers joined by "and" with no scale between them are two numbers: "between two and three".
    for (const part of splitAtPlainAnd(match[0], match.index)) {
      const value = wordsValue(part.text);
      if (value > 0) tokens.push({ start: part.start, end: part.end, value });
    }
  }
  return tokens.sort((a, b) => a.start - b.start);
}

function splitAtPlainAnd(
  phrase: string,
  offset: number,
): { text: string; start: number; end: number }[] {
  const parts: { text: string; start: number; end: number }[] = [];
  let from = 0;
  for (const and of phrase.matchAll(/ and /gi)) {
    const before = phrase.slice(from, and.index);
    if (ENDS_IN_SCALE.test(before)) continue;
    parts.push({ text: before, start: offset + from, end: offset + and.index });
    from = and.index + and[0].length;
  }
  parts.push({ text: phrase.slice(from), start: offset + from, end: offset + phrase.length });
  return parts;
}
