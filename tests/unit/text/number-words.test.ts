import { describe, expect, test } from 'vitest';
import { integerInWords, scaleValue, wordsValue } from '@/lib/text/number-words';

describe('integerInWords', () => {
  const cases: [number, string][] = [
    [0, 'zero'],
    [7, 'seven'],
    [19, 'nineteen'],
    [20, 'twenty'],
    [45, 'forty-five'],
    [100, 'one hundred'],
    [150, 'one hundred and fifty'],
    [745, 'seven hundred and forty-five'],
    [1000, 'one thousand'],
    [1005, 'one thousand and five'],
    [48450, 'forty-eight thousand four hundred and fifty'],
    [2_000_000, 'two million'],
    [3_000_000_000_000, 'three trillion'],
  ];
  test.each(cases)('%d → "%s"', (n, expected) => {
    expect(integerInWords(n)).toBe(expected);
  });
});

describe('wordsValue', () => {
  const cases: [string, number][] = [
    ['seven', 7],
    ['twenty-five', 25],
    ['two hundred and fifty', 250],
    ['a dozen', 12],
    ['half a dozen', 6],
    ['a hundred', 100],
    ['half a million', 500_000],
    ['Forty-eight thousand four hundred and fifty', 48450],
    ['one hundred fifty', 150],
    ['three million', 3_000_000],
  ];
  test.each(cases)('"%s" → %d', (phrase, expected) => {
    expect(wordsValue(phrase)).toBe(expected);
  });
});

describe('scaleValue', () => {
  const cases: [string, number | null][] = [
    ['thousand', 1000],
    ['Million', 1_000_000],
    ['m', 1_000_000],
    ['bn', 1_000_000_000],
    ['trillion', 1_000_000_000_000],
    ['hundred', null],
    ['k', null],
  ];
  test.each(cases)('"%s" → %s', (word, expected) => {
    expect(scaleValue(word)).toBe(expected);
  });
});
