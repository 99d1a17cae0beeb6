import { describe, expect, test } from 'vitest';
import type { Qualifier } from '@/db/enums';
import { parseQualifiedFigure, qualifierFromWords } from '@/lib/claims/rules/qualifier';

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

describe('parseQualifiedFigure', () => {
  const cases: [string, ReturnType<typeof parseQualifiedFigure>][] = [
    ['over 1,000', { qualifier: 'more_than', value: 1000 }],
    ['nearly 150', { qualifier: 'nearly', value: 150 }],
    ['at least 48,450', { qualifier: 'at_least', value: 48450 }],
    ['745', { qualifier: 'exact', value: 745 }],
    ['between 10 and 20', { qualifier: 'range', value: 10, low: 10, high: 20 }],
    ['10 to 20', { qualifier: 'range', value: 10, low: 10, high: 20 }],
    ['10-20', { qualifier: 'range', value: 10, low: 10, high: 20 }],
    ['between 20 and 10', null],
    ['lots of 20', null],
  ];
  test.each(cases)('"%s" → %o', (text, expected) => {
    expect(parseQualifiedFigure(text)).toEqual(expected);
  });
});
