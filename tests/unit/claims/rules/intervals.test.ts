import { describe, expect, test } from 'vitest';
import type { Qualifier } from '@/db/enums';
import {
  type Comparison,
  type Interval,
  type QualifiedValue,
  compareIntervals,
  figureInterval,
  hasOwnBounds,
  intervalsOverlap,
  isEntirelyBelow,
  isWithin,
  qualifierInterval,
  showsStoredBounds,
  sumIntervals,
} from '@/lib/claims/rules/intervals';

const closed = (low: number | null, high: number | null): Interval => ({
  low,
  high,
  isLowOpen: low === null,
  isHighOpen: high === null,
});
const overOneThousand: Interval = { low: 1000, high: null, isLowOpen: true, isHighOpen: true };
const nearly150: Interval = { low: 135, high: 150, isLowOpen: false, isHighOpen: true };

describe('qualifierInterval', () => {
  const cases: [Qualifier, number, Interval][] = [
    ['exact', 745, closed(745, 745)],
    ['at_least', 48450, closed(48450, null)],
    ['more_than', 1000, overOneThousand],
    ['about', 500, closed(450, 550)],
    ['about', 150, closed(135, 165)],
    ['nearly', 150, nearly150],
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

describe('figureInterval', () => {
  const cases: [string, QualifiedValue, Interval][] = [
    ['a stored range', { qualifier: 'range', value: 10, low: 10, high: 20 }, closed(10, 20)],
    [
      'null bounds, as a row stores them',
      { qualifier: 'nearly', value: 150, low: null },
      nearly150,
    ],
    ['one bound given', { qualifier: 'about', value: 1000, high: 1200 }, closed(900, 1200)],
  ];
  test.each(cases)('%s', (_name, figure, expected) => {
    expect(figureInterval(figure)).toEqual(expected);
  });
});

describe('hasOwnBounds', () => {
  const cases: [string, QualifiedValue, boolean][] = [
    ['no bounds', { qualifier: 'about', value: 1000 }, false],
    ['null bounds', { qualifier: 'about', value: 1000, low: null, high: null }, false],
    ['the bounds the qualifier implies', { qualifier: 'about', value: 1000, low: 900 }, false],
    ['bounds of its own', { qualifier: 'about', value: 1000, low: 800, high: 1200 }, true],
    ['a range wider than its value', { qualifier: 'range', value: 10, low: 10, high: 20 }, true],
    ['a range of one number', { qualifier: 'range', value: 10, low: 10, high: 10 }, false],
  ];
  test.each(cases)('%s: %s', (_name, figure, expected) => {
    expect(hasOwnBounds(figure)).toBe(expected);
  });
});

describe('showsStoredBounds', () => {
  const cases: [Qualifier, boolean, boolean][] = [
    ['range', false, true],
    ['about', true, true],
    ['about', false, false],
    ['exact', false, false],
  ];
  test.each(cases)('%s with explicit bounds %s: %s', (qualifier, isExplicit, expected) => {
    expect(showsStoredBounds(qualifier, isExplicit)).toBe(expected);
  });
});

describe('intervalsOverlap and isEntirelyBelow', () => {
  // [a, b, overlap, a entirely below b]
  const cases: [string, Interval, Interval, boolean, boolean][] = [
    ['an open end and the value it excludes', closed(1000, 1000), overOneThousand, false, true],
    ['the open end of nearly', nearly150, closed(150, 150), false, true],
    ['closed ends that meet', closed(1000, 1000), closed(1000, null), true, false],
    ['disjoint figures', closed(10, 10), closed(20, 20), false, true],
    ['disjoint figures, the other way', closed(20, 20), closed(10, 10), false, false],
    ['an unbounded interval above', closed(5, null), closed(0, 3), false, false],
    ['nested intervals', closed(0, 100), closed(40, 60), true, false],
  ];
  test.each(cases)('%s', (_name, a, b, overlaps, isBelow) => {
    expect(intervalsOverlap(a, b)).toBe(overlaps);
    expect(intervalsOverlap(b, a)).toBe(overlaps);
    expect(isEntirelyBelow(a, b)).toBe(isBelow);
  });
});

describe('isWithin', () => {
  const cases: [string, Interval, Interval, boolean][] = [
    ['a figure inside "over 1,000"', closed(1500, 1500), overOneThousand, true],
    ['the excluded end of "over 1,000"', closed(1000, 1000), overOneThousand, false],
    ['an interval inside itself', nearly150, nearly150, true],
    ['a closed end inside an open one', closed(135, 150), nearly150, false],
    ['an open end inside a closed one', nearly150, closed(135, 150), true],
    ['an unbounded interval inside a bounded one', closed(5, null), closed(0, 100), false],
  ];
  test.each(cases)('%s', (_name, a, b, expected) => {
    expect(isWithin(a, b)).toBe(expected);
  });
});

describe('sumIntervals', () => {
  const cases: [string, Interval[], Interval][] = [
    [
      "the seed's parts: 745 + 125 + nearly 150 is [1005, 1020)",
      [closed(745, 745), closed(125, 125), nearly150],
      { low: 1005, high: 1020, isLowOpen: false, isHighOpen: true },
    ],
    [
      'an unbounded part makes the sum unbounded',
      [closed(5, 5), closed(10, null)],
      { low: 15, high: null, isLowOpen: false, isHighOpen: true },
    ],
    ['no parts sum to zero', [], closed(0, 0)],
  ];
  test.each(cases)('%s', (_name, parts, expected) => {
    expect(sumIntervals(parts)).toEqual(expected);
  });
});

describe('compareIntervals', () => {
  const cases: [string, Interval, Interval, Comparison][] = [
    ['the same figure', closed(745, 745), closed(745, 745), 'agrees'],
    ['a figure inside a looser one', overOneThousand, closed(1500, 1500), 'agrees'],
    ['a looser figure around this one', closed(1500, 1500), overOneThousand, 'agrees'],
    ['"at least" inside "over"', overOneThousand, closed(1300, null), 'agrees'],
    ['two intervals sharing part', overOneThousand, closed(990, 1210), 'overlaps'],
    ['a figure below', overOneThousand, closed(803, 803), 'lower'],
    ['a figure at an open end', overOneThousand, closed(1000, 1000), 'lower'],
    ['a figure above', closed(745, 745), closed(800, 800), 'higher'],
    ['the open end of "nearly"', nearly150, closed(150, 150), 'higher'],
    ['the closed end of "nearly"', nearly150, closed(135, 135), 'agrees'],
    ['"about" around "nearly"', nearly150, closed(135, 165), 'agrees'],
    ['an interval below an open one', closed(1300, null), closed(0, 1000), 'lower'],
  ];
  test.each(cases)('%s', (_name, mine, theirs, expected) => {
    expect(compareIntervals(mine, theirs)).toBe(expected);
  });
});
