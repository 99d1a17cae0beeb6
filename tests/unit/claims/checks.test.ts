import { describe, expect, test } from 'vitest';
import type { Qualifier } from '@/db/schema';
import { checkPartsAgainstWhole, sumIntervals } from '@/lib/claims/checks';
import { qualifierInterval } from '@/lib/claims/qualifier';

const i = (qualifier: Qualifier, value: number, high?: number) =>
  qualifierInterval(qualifier, value, high === undefined ? {} : { low: value, high });

describe('sumIntervals', () => {
  test("adds the seed's parts: 745 + 125 + nearly 150 is [1005, 1020)", () => {
    expect(sumIntervals([i('exact', 745), i('exact', 125), i('nearly', 150)])).toEqual({
      low: 1005,
      high: 1020,
      isLowOpen: false,
      isHighOpen: true,
    });
  });

  test('an unbounded part makes the sum unbounded', () => {
    expect(sumIntervals([i('exact', 5), i('at_least', 10)])).toEqual({
      low: 15,
      high: null,
      isLowOpen: false,
      isHighOpen: true,
    });
  });
});

describe('checkPartsAgainstWhole', () => {
  const seedParts = [i('exact', 745), i('exact', 125), i('nearly', 150)];
  const cases: [string, ReturnType<typeof i>, ReturnType<typeof i>[], boolean, boolean][] = [
    [
      "the seed's partial breakdown inside over 1,000",
      i('more_than', 1000),
      seedParts,
      false,
      true,
    ],
    ["the seed's parts, if they were complete", i('more_than', 1000), seedParts, true, true],
    [
      'parts above an exact whole',
      i('exact', 1000),
      [i('exact', 800), i('exact', 300)],
      false,
      false,
    ],
    [
      'parts that reach an exact whole exactly',
      i('exact', 1000),
      [i('exact', 700), i('exact', 300)],
      false,
      true,
    ],
    [
      'parts that reach the open end of nearly 1,000',
      i('nearly', 1000),
      [i('exact', 700), i('exact', 300)],
      false,
      false,
    ],
    ['partial parts well below the whole', i('exact', 1000), [i('exact', 100)], false, true],
    ['complete parts well below the whole', i('exact', 1000), [i('exact', 100)], true, false],
    [
      'complete parts whose range meets an about whole',
      i('about', 1000),
      [i('range', 400, 500), i('range', 400, 500)],
      true,
      true,
    ],
    [
      'parts over an at-most whole',
      i('at_most', 100),
      [i('more_than', 60), i('exact', 40)],
      false,
      false,
    ],
  ];
  test.each(cases)('%s', (_name, whole, parts, isComplete, fits) => {
    expect(checkPartsAgainstWhole(whole, parts, isComplete).fits).toBe(fits);
  });

  test('says whether the breakdown is partial or complete', () => {
    expect(checkPartsAgainstWhole(i('exact', 10), [i('exact', 5)], false).breakdown).toBe(
      'partial',
    );
    expect(checkPartsAgainstWhole(i('exact', 10), [i('exact', 5)], true).breakdown).toBe(
      'complete',
    );
  });
});
