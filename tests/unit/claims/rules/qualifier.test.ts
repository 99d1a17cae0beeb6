import { describe, expect, test } from 'vitest';
import type { Qualifier } from '@/db/enums';
import { isQualifier, qualifierFromWords } from '@/lib/claims/rules/qualifier';

describe('isQualifier', () => {
  test('accepts the qualifiers and nothing else', () => {
    expect(isQualifier('exact')).toBe(true);
    expect(isQualifier('at_least')).toBe(true);
    expect(isQualifier('range')).toBe(true);
    expect(isQualifier('at least')).toBe(false);
    expect(isQualifier('')).toBe(false);
  });
});

describe('qualifierFromWords', () => {
  const cases: [string, Qualifier | null][] = [
    ['at least', 'at_least'],
    ['no fewer than', 'at_least'],
    ['a minimum of', 'at_least'],
    ['has risen to over', 'more_than'],
    ['more than', 'more_than'],
    ['above', 'more_than'],
    ['upwards of', 'more_than'],
    ['in excess of', 'more_than'],
    ['about', 'about'],
    ['around', 'about'],
    ['some', 'about'],
    ['approximately', 'about'],
    ['roughly', 'about'],
    ['an estimated', 'about'],
    ['and nearly', 'nearly'],
    ['almost', 'nearly'],
    ['close to', 'nearly'],
    ['just under', 'nearly'],
    ['up to', 'at_most'],
    ['at most', 'at_most'],
    ['as many as', 'at_most'],
    ['no more than', 'at_most'],
    ['fewer than', 'less_than'],
    ['less than', 'less_than'],
    ['under', 'less_than'],
    ['below', 'less_than'],
    ['including', null],
    ['handsome', null],
  ];
  test.each(cases)('"%s" → %s', (words, expected) => {
    expect(qualifierFromWords(words)).toBe(expected);
  });
});
