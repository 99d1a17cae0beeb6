import { describe, expect, test } from 'vitest';
import type { Qualifier } from '@/db/schema';
import {
  type Interval,
  intervalsOverlap,
  parseQualifiedFigure,
  qualifierFromWords,
  qualifierInterval,
} from '@/lib/claims/rules/qualifier';

const closed = (low: number | null, high: number | null): Interval => ({
  low,
  high,
  isLowOpen: low === null,
  isHighOpen: high === null,
});

describe('qualifierInterval', () => {
  const cases: [Qualifier, number, Interval][] = [
    ['exact', 745, closed(745, 745)],
    ['at_least', 48450, closed(48450, null)],
    ['more_than', 1000, { low: 1000, high: null, isLowOpen: true, isHighOpen: true }],
    ['about', 500, closed(450, 550)],
    ['about', 150, closed(135, 165)],
    ['nearly', 150, { low: 135, high: 150, isLowOpen: false, isHighOpen: true }],
    ['at_most', 40, closed(0, 40)],
    ['less_than', 40, { low: 0, high: 40, isLowOpen: false, isHighOpen: true }],
  ];
  test.each(cases)('%s %d means %o', (qualifier, value, expected) => {
    expect(qualifierInterval(qualifier, value)).toEqual(expected);
  });

  test('a range takes its explicit bounds, closed at both ends', () => {
    expect(qualifierInterval('range', 10, { low: 10, high: 20 })).toEqual(closed(10, 20));
  });

  test('explicit bounds replace the implied ones', () => {
    expect(qualifierInterval('about', 1000, { low: 800, high: 1200 })).toEqual(closed(800, 1200));
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

describe('intervalsOverlap', () => {
  const over1000 = qualifierInterval('more_than', 1000);
  test('an open end does not touch the value it excludes', () => {
    expect(intervalsOverlap(over1000, qualifierInterval('exact', 1000))).toBe(false);
    expect(
      intervalsOverlap(qualifierInterval('nearly', 150), qualifierInterval('exact', 150)),
    ).toBe(false);
  });
  test('closed ends that meet overlap', () => {
    expect(
      intervalsOverlap(qualifierInterval('at_least', 1000), qualifierInterval('exact', 1000)),
    ).toBe(true);
  });
  test('disjoint intervals do not overlap, in either order', () => {
    const small = qualifierInterval('exact', 10);
    const large = qualifierInterval('exact', 20);
    expect(intervalsOverlap(small, large)).toBe(false);
    expect(intervalsOverlap(large, small)).toBe(false);
  });
});
