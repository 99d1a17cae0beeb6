import { describe, expect, test } from 'vitest';
import { blankToUndefined, parseCount } from '@/lib/text/input-text';

describe('blankToUndefined', () => {
  const cases: [unknown, unknown][] = [
    ['', undefined],
    ['   ', undefined],
    ['\u200b', undefined],
    ['\u200f\u202e\ufeff', undefined],
    ['\u200fx', '\u200fx'],
    [null, undefined],
    [undefined, undefined],
    ['0', '0'],
    [' x ', ' x '],
    [0, 0],
    [false, false],
  ];
  test.each(cases)('%o → %o', (value, expected) => {
    expect(blankToUndefined(value)).toBe(expected);
  });
});

describe('parseCount', () => {
  const cases: [string, number | null][] = [
    ['48,450', 48450],
    ['48450', 48450],
    [' 745 ', 745],
    ['12.5', 12.5],
    ['1,234.5', 1234.5],
    ['0', 0],
    ['1,5', null],
    ['1,2345', null],
    ['12,', null],
    ['-5', null],
    ['1e3', null],
    ['', null],
    ['about 5', null],
    ['9'.repeat(400), null],
  ];
  test.each(cases)('"%s" → %s', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });
});
