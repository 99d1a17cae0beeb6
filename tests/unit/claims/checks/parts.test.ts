import { describe, expect, test } from 'vitest';
import type { CheckedClaim, CheckedMetric } from '@/lib/claims/checks/claims';
import { checkPartsAgainstWhole, findPartsOverWhole } from '@/lib/claims/checks/parts';
import type { Interval } from '@/lib/claims/rules/intervals';
import { SEED, SEED_METRICS, by, claim, idsOf, interval, on } from '@/tests/support/checked-claims';

describe('checkPartsAgainstWhole', () => {
  const seedParts = [interval('exact', 745), interval('exact', 125), interval('nearly', 150)];
  const cases: [string, Interval, Interval[], boolean, boolean][] = [
    [
      "the seed's partial breakdown inside over 1,000",
      interval('more_than', 1000),
      seedParts,
      false,
      true,
    ],
    ["the seed's parts, if they were complete", interval('more_than', 1000), seedParts, true, true],
    [
      'parts above an exact whole',
      interval('exact', 1000),
      [interval('exact', 800), interval('exact', 300)],
      false,
      false,
    ],
    [
      'parts that reach an exact whole exactly',
      interval('exact', 1000),
      [interval('exact', 700), interval('exact', 300)],
      false,
      true,
    ],
    [
      'parts that reach the open end of nearly 1,000',
      interval('nearly', 1000),
      [interval('exact', 700), interval('exact', 300)],
      false,
      false,
    ],
    [
      'partial parts well below the whole',
      interval('exact', 1000),
      [interval('exact', 100)],
      false,
      true,
    ],
    [
      'complete parts well below the whole',
      interval('exact', 1000),
      [interval('exact', 100)],
      true,
      false,
    ],
    [
      'complete parts whose range meets an about whole',
      interval('about', 1000),
      [interval('range', 400, 500), interval('range', 400, 500)],
      true,
      true,
    ],
    [
      'parts over an at-most whole',
      interval('at_most', 100),
      [interval('more_than', 60), interval('exact', 40)],
      false,
      false,
    ],
  ];
  test.each(cases)('%s', (_name, whole, parts, isComplete, fits) => {
    expect(checkPartsAgainstWhole(whole, parts, isComplete).fits).toBe(fits);
  });

  test('says whether the breakdown is partial or complete', () => {
    expect(
      checkPartsAgainstWhole(interval('exact', 10), [interval('exact', 5)], false).breakdown,
    ).toBe('partial');
    expect(
      checkPartsAgainstWhole(interval('exact', 10), [interval('exact', 5)], true).breakdown,
    ).toBe('complete');
  });
});

describe('findPartsOverWhole', () => {
  const family: CheckedMetric[] = [
    { slug: 'killed', kind: 'cumulative', parent: null, parts_complete: false },
    { slug: 'women', kind: 'cumulative', parent: 'killed', parts_complete: false },
    { slug: 'children', kind: 'cumulative', parent: 'killed', parts_complete: false },
    { slug: 'all', kind: 'count', parent: null, parts_complete: true },
    { slug: 'some', kind: 'count', parent: 'all', parts_complete: false },
    { slug: 'rest', kind: 'count', parent: 'all', parts_complete: false },
  ];
  const killed = (id: number, value: number, fields: Partial<CheckedClaim> = {}) =>
    claim(id, value, { metric: 'killed', ...fields });
  const children = (id: number, value: number, fields: Partial<CheckedClaim> = {}) =>
    claim(id, value, { metric: 'children', ...fields });
  const women = (id: number, value: number) => claim(id, value, { metric: 'women' });
  const gaza = (all: number, kids: number, adults: number) => [
    killed(1, all),
    children(2, kids),
    women(3, adults),
  ];
  const complete = (all: number, some: number, rest: number) => [
    claim(1, all, { metric: 'all' }),
    claim(2, some, { metric: 'some' }),
    claim(3, rest, { metric: 'rest' }),
  ];
  const cases: [string, CheckedClaim[], number[][]][] = [
    // gaza-first90.csv: the Ministry of Health on 19 Oct, the Media Office on 17 Oct 2023.
    ['children and women within all killed: 1,524 + 1,000 ≤ 3,785', gaza(3785, 1524, 1000), []],
    ['children and women within all killed: 940 + 1,032 ≤ 3,000', gaza(3000, 940, 1032), []],
    ['a partial breakdown may fall short', gaza(3785, 100, 100), []],
    ['parts that reach an exact whole exactly', gaza(2524, 1524, 1000), []],
    ['parts above an exact whole', gaza(2000, 1524, 1000), [[1, 2, 3]]],
    [
      'parts that reach the open end of nearly 2,524',
      [killed(1, 2524, { qualifier: 'nearly' }), children(2, 1524), women(3, 1000)],
      [[1, 2, 3]],
    ],
    ['complete parts short of the whole', complete(100, 50, 40), [[1, 2, 3]]],
    ['complete parts that add up', complete(100, 60, 40), []],
    [
      "another claimant's parts",
      [killed(1, 2000), children(2, 1524, by('gmo')), women(3, 1000)],
      [],
    ],
    ["another day's parts", [killed(1, 2000), children(2, 1524, on(20)), women(3, 1000)], []],
    [
      'a part corrected down: the later figure stands',
      [...gaza(3785, 1524, 5000), women(4, 1000)],
      [],
    ],
    [
      'a part corrected up: the later figure stands',
      [...gaza(3785, 1524, 1000), women(4, 5000)],
      [[1, 2, 4]],
    ],
    [
      'each figure of the whole is judged',
      [...gaza(3785, 1524, 1000), killed(4, 2000)],
      [[4, 2, 3]],
    ],
    [
      'every figure of the whole the parts do not fit, in one flag',
      [...gaza(2000, 1524, 1000), killed(4, 3785), killed(5, 2100)],
      [[1, 5, 2, 3]],
    ],
    ['parts without a whole', [children(2, 1524), women(3, 1000)], []],
  ];
  test.each(cases)('%s', (_name, claims, expected) => {
    expect(idsOf(findPartsOverWhole(claims, family))).toEqual(expected);
  });

  test("the seed's partial breakdown, 745 + 125 + nearly 150 inside over 1,000, does not flag", () => {
    expect(findPartsOverWhole(SEED, SEED_METRICS)).toEqual([]);
  });

  test('names the parts, their sum and the whole', () => {
    const whole = claim(1, 900, {
      metric: 'syria-coast-killed',
      claimant_slug: 'sohr',
      as_of: '2025-03-09',
    });
    expect(findPartsOverWhole([whole, ...SEED.slice(1, 4)], SEED_METRICS)).toEqual([
      {
        check: 'parts_vs_whole',
        metric: 'syria-coast-killed',
        claimant: 'sohr',
        claim_ids: [1, 2, 3, 4],
        dates: ['2025-03-09'],
        message:
          'On 9 Mar 2025, sohr gave parts of syria-coast-killed (syria-coast-civilians-killed 745, syria-coast-security-forces-killed 125, syria-coast-opposition-killed nearly 150 (135 to under 150)) that add up to 1,005 to under 1,020: more than the whole, 900, allows.',
      },
    ]);
  });

  test('one part under 1,500 figures of its whole: one flag, naming a few of them', () => {
    const wholes = Array.from({ length: 1500 }, (_, i) => killed(i + 10, 100 + i));
    const flags = findPartsOverWhole([children(2, 5000), ...wholes], family);
    expect(flags).toHaveLength(1);
    expect(flags[0]?.claim_ids).toHaveLength(1501);
    expect(flags[0]?.message).toBe(
      'On 19 Oct 2023, moh gave parts of killed (children 5,000) that add up to 5,000: more than its figures for the whole allow (100, 101, 102 and 1,497 others).',
    );
  });
});
