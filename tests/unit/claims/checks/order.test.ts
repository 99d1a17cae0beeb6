import { describe, expect, test } from 'vitest';
import { bySeriesOrder, groupBy, isEnteredAfter } from '@/lib/claims/checks/order';
import { claim, on } from '@/tests/support/checked-claims';

describe('bySeriesOrder', () => {
  const cases: [string, ReturnType<typeof claim>[], number[]][] = [
    [
      'by as_of first',
      [claim(1, 10, on(21)), claim(2, 10, on(19)), claim(3, 10, on(20))],
      [2, 3, 1],
    ],
    ['then in the order entered', [claim(9, 10), claim(4, 10), claim(7, 10)], [4, 7, 9]],
    [
      'an unsaved claim (id 0) after every saved one that day',
      [claim(0, 10), claim(8, 10)],
      [8, 0],
    ],
    ['but before the next day', [claim(5, 10, on(20)), claim(0, 10)], [0, 5]],
  ];
  test.each(cases)('%s', (_name, claims, ids) => {
    expect([...claims].sort(bySeriesOrder).map((c) => c.id)).toEqual(ids);
  });
});

describe('isEnteredAfter', () => {
  const cases: [number, number, boolean][] = [
    [2, 1, true],
    [1, 2, false],
    [3, 3, false],
    [0, 99, true],
    [99, 0, false],
  ];
  test.each(cases)('claim %i entered after claim %i: %s', (a, b, expected) => {
    expect(isEnteredAfter(claim(a, 10), claim(b, 10))).toBe(expected);
  });
});

describe('groupBy', () => {
  test('groups by key in first-seen order, keeping each group in input order', () => {
    expect(groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s.charAt(0))).toEqual([
      ['b1', 'b2'],
      ['a1', 'a2'],
      ['c1'],
    ]);
  });

  test('gives no groups for no items', () => {
    expect(groupBy([], String)).toEqual([]);
  });
});
