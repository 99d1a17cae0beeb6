// The one table of English number words: the quote check writes numbers out with it
// (numberForms) and the extractor reads them back (findNumbers).

/** "zero" to "nineteen": each word's value is its index. */
export const UNIT_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
] as const;

/** "twenty" to "ninety": each word's value is ten times its index plus two. */
export const TENS_WORDS = [
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
] as const;

/** The scales above a hundred, largest first. */
export const SCALE_WORDS = [
  ['trillion', 1e12],
  ['billion', 1e9],
  ['million', 1e6],
  ['thousand', 1e3],
] as const;

export type ScaleWord = (typeof SCALE_WORDS)[number][0];

/** The short forms written after digits: "1.2m", "3bn". */
export const SHORT_SCALES: Readonly<Partial<Record<ScaleWord, string>>> = {
  million: 'm',
  billion: 'bn',
};

/** The value of a scale word or its short form ("million", "m" → 1e6), or null. */
export function scaleValue(word: string): number | null {
  const key = word.toLowerCase();
  const scale = SCALE_WORDS.find(([name]) => name === key || SHORT_SCALES[name] === key);
  return scale ? scale[1] : null;
}

/** 48450 → "forty-eight thousand four hundred and fifty" (British "and"), for 0 ≤ n < 10¹⁵. */
export function integerInWords(n: number): string {
  const unit = UNIT_WORDS[n];
  if (unit !== undefined) return unit;
  if (n < 100) {
    const tens = TENS_WORDS[Math.floor(n / 10) - 2] ?? '';
    return n % 10 ? `${tens}-${integerInWords(n % 10)}` : tens;
  }
  if (n < 1000) {
    const rest = n % 100;
    return `${integerInWords(Math.floor(n / 100))} hundred${rest ? ` and ${integerInWords(rest)}` : ''}`;
  }
  for (const [name, size] of SCALE_WORDS) {
    if (n < size) continue;
    const rest = n % size;
    const restWords =
      rest === 0 ? '' : rest < 100 ? ` and ${integerInWords(rest)}` : ` ${integerInWords(rest)}`;
    return `${integerInWords(Math.floor(n / size))} ${name}${restWords}`;
  }
  return String(n);
}

/**
 * The value of a number written in words, as the extractor matches them: "two hundred and fifty"
 * → 250, "a dozen" → 12, "half a million" → 500000. Words it does not know are passed over.
 */
export function wordsValue(phrase: string): number {
  let total = 0;
  let current = 0;
  let isHalf = false;
  for (const word of phrase.toLowerCase().split(/[ -]+/)) {
    const unit = UNIT_WORDS.indexOf(word as (typeof UNIT_WORDS)[number]);
    const tens = TENS_WORDS.indexOf(word as (typeof TENS_WORDS)[number]);
    const scale = scaleValue(word);
    if (word === 'half') isHalf = true;
    else if (word === 'a' || word === 'an') current = current || 1;
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (unit >= 0) current += unit;
    else if (tens >= 0) current += (tens + 2) * 10;
    else if (scale !== null) {
      total += (current || 1) * scale;
      current = 0;
    }
  }
  const value = total + current;
  return isHalf ? value / 2 : value;
}
