import { describe, expect, test } from 'vitest';
import type { Qualifier } from '@/db/schema';
import {
  type CheckedClaim,
  type CheckedMetric,
  type Flag,
  type FlagCheck,
  checkClaims,
  checkPartsAgainstWhole,
  findCumulativeFalls,
  findDisagreements,
  findPartsOverWhole,
  findQuoteProblems,
  sumIntervals,
} from '@/lib/claims/checks';
import { qualifierInterval } from '@/lib/claims/rules/qualifier';

const SYRIA_QUOTE =
  "The death toll from the violence in northwestern Syria has risen to over 1,000 people in just two days, including 745 civilians, who were killed mostly execution-style, 125 militants belonging to the country’s Hay'at Tahrir al-Sham [HTS]-led regime, and nearly 150 members of opposition groups, the so-called Syrian Observatory for Human Rights, a UK-based monitor said on Sunday.";
const GAZA_QUOTE =
  'Elsewhere in his remarks, the spokesman addressed “Israel’s” ongoing genocidal atrocities against Palestinians in the Gaza Strip that have claimed the lives of at least 48,450 people, mostly women and children.';

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

/** A claim of the cumulative 'toll' by 'moh' on 19 Oct 2023 unless told otherwise. */
const f = (id: number, value: number, fields: Partial<CheckedClaim> = {}): CheckedClaim => ({
  id,
  value,
  metric: 'toll',
  claimant_slug: 'moh',
  as_of: '2023-10-19',
  qualifier: 'exact',
  quote: null,
  ...fields,
});
const on = (day: number) => ({ as_of: `2023-10-${day}` });
const by = (claimant_slug: string | null) => ({ claimant_slug });
const METRICS: CheckedMetric[] = [
  { slug: 'toll', kind: 'cumulative', parent: null, parts_complete: false },
  { slug: 'tally', kind: 'count', parent: null, parts_complete: false },
];
const idsOf = (flags: Flag[]) => flags.map((flag) => flag.claim_ids);

const sohr = { claimant_slug: 'sohr', as_of: '2025-03-09', quote: SYRIA_QUOTE };
const gazaSeed = { ...by(null), as_of: '2025-03-10', quote: GAZA_QUOTE };
const SEED: CheckedClaim[] = [
  f(1, 1000, { metric: 'syria-coast-killed', qualifier: 'more_than', ...sohr }),
  f(2, 745, { metric: 'syria-coast-civilians-killed', ...sohr }),
  f(3, 125, { metric: 'syria-coast-security-forces-killed', ...sohr }),
  f(4, 150, { metric: 'syria-coast-opposition-killed', qualifier: 'nearly', ...sohr }),
  f(5, 48450, { metric: 'gaza-killed', qualifier: 'at_least', ...gazaSeed }),
];
const syriaPart = (slug: string): CheckedMetric => ({
  slug,
  kind: 'count',
  parent: 'syria-coast-killed',
  parts_complete: false,
});
const SEED_METRICS: CheckedMetric[] = [
  { slug: 'syria-coast-killed', kind: 'count', parent: null, parts_complete: false },
  syriaPart('syria-coast-civilians-killed'),
  syriaPart('syria-coast-security-forces-killed'),
  syriaPart('syria-coast-opposition-killed'),
  { slug: 'gaza-killed', kind: 'cumulative', parent: null, parts_complete: false },
];

describe('findCumulativeFalls', () => {
  const cases: [string, CheckedClaim[], number[][]][] = [
    ['100 then 90 is a fall', [f(1, 100), f(2, 90, on(20))], [[1, 2]]],
    ['a steady figure is no fall', [f(1, 100), f(2, 100, on(20))], []],
    [
      'at least 100 then about 95 is no fall: about 95 reaches 104.5',
      [f(1, 100, { qualifier: 'at_least' }), f(2, 95, { qualifier: 'about', ...on(20) })],
      [],
    ],
    [
      'about 100 then 85 is a fall',
      [f(1, 100, { qualifier: 'about' }), f(2, 85, on(20))],
      [[1, 2]],
    ],
    ['nearly 100 then 90 is no fall', [f(1, 100, { qualifier: 'nearly' }), f(2, 90, on(20))], []],
    [
      'over 100 then 100 is a fall',
      [f(1, 100, { qualifier: 'more_than' }), f(2, 100, on(20))],
      [[1, 2]],
    ],
    [
      'only the figure just before counts',
      [f(1, 100), f(2, 90, on(20)), f(3, 95, on(21))],
      [[1, 2]],
    ],
    [
      'one flag per drop',
      [f(1, 100), f(2, 90, on(20)), f(3, 80, on(21))],
      [
        [1, 2],
        [2, 3],
      ],
    ],
    ["another claimant's higher figure is no fall", [f(1, 100, by('gmo')), f(2, 90, on(20))], []],
    [
      'unattributed figures form their own series',
      [f(1, 100), f(2, 90, { ...by(null), ...on(20) }), f(3, 80, { ...by(null), ...on(21) })],
      [[2, 3]],
    ],
    ['the series runs by as_of, not by id', [f(1, 90, on(21)), f(2, 100)], [[2, 1]]],
    ['figures of one day run by id: 90, 100', [f(1, 90), f(2, 100)], []],
    ['figures of one day run by id: 100, 90', [f(1, 100), f(2, 90)], [[1, 2]]],
    ['an unsaved claim (id 0) comes last on its day', [f(0, 90), f(7, 100)], [[7, 0]]],
    [
      'a count may go down',
      [f(1, 100, { metric: 'tally' }), f(2, 90, { metric: 'tally', ...on(20) })],
      [],
    ],
    [
      'an unknown metric is no running total',
      [f(1, 100, { metric: 'x' }), f(2, 90, { metric: 'x' })],
      [],
    ],
  ];
  test.each(cases)('%s', (_name, claims, expected) => {
    expect(idsOf(findCumulativeFalls(claims, METRICS))).toEqual(expected);
  });

  test("flags the Ministry of Health's women killed falling from 1,000 to 967 in Oct 2023", () => {
    // gaza-first90.csv; the Media Office's 1,032 on 17 Oct is another claimant's series.
    const women = { metric: 'gaza-killed-women', metric_name: 'Women killed in Gaza' };
    const moh = { ...women, ...by('gaza-ministry-of-health'), claimant: 'Gaza Ministry of Health' };
    const gmo = { ...women, ...by('gaza-government-media-office') };
    const series = [
      f(11, 276, { ...moh, ...on(12) }),
      f(12, 936, { ...gmo, ...on(16) }),
      f(13, 1032, { ...gmo, ...on(17) }),
      f(14, 1000, { ...moh, ...on(19) }),
      f(15, 967, { ...moh, ...on(21) }),
      f(16, 1023, { ...moh, ...on(22) }),
    ];
    const metrics: CheckedMetric[] = [
      {
        slug: 'gaza-killed-women',
        kind: 'cumulative',
        parent: 'gaza-killed',
        parts_complete: false,
      },
    ];
    expect(findCumulativeFalls(series, metrics)).toEqual([
      {
        check: 'cumulative_fall',
        metric: 'gaza-killed-women',
        claimant: 'gaza-ministry-of-health',
        claim_ids: [14, 15],
        dates: ['2023-10-19', '2023-10-21'],
        message:
          'Gaza Ministry of Health gave Women killed in Gaza as 1,000 on 19 Oct 2023, then 967 on 21 Oct 2023: a running total should not fall.',
      },
    ]);
  });

  test('names a hedged figure with the span it allows', () => {
    const claims = [
      f(1, 100, { qualifier: 'about', ...by(null) }),
      f(2, 80, { ...by(null), ...on(20) }),
    ];
    expect(findCumulativeFalls(claims, METRICS)[0].message).toBe(
      'An unnamed source gave toll as about 100 (90 to 110) on 19 Oct 2023, then 80 on 20 Oct 2023: a running total should not fall.',
    );
  });
});

describe('findDisagreements', () => {
  const cases: [string, CheckedClaim[], number[][]][] = [
    ['two claimants, two exact figures', [f(1, 100), f(2, 90, by('gmo'))], [[1, 2]]],
    [
      'at least 48,450 and 50,000 agree',
      [f(1, 48450, { qualifier: 'at_least' }), f(2, 50000, by(null))],
      [],
    ],
    [
      'about 1,000 and 1,050 agree',
      [f(1, 1000, { qualifier: 'about' }), f(2, 1050, by('gmo'))],
      [],
    ],
    [
      'nearly 150 and 150 disagree',
      [f(1, 150, { qualifier: 'nearly' }), f(2, 150, by('gmo'))],
      [[1, 2]],
    ],
    [
      'a range and a figure inside it agree',
      [f(1, 10, { qualifier: 'range', low: 10, high: 20 }), f(2, 15, by('gmo'))],
      [],
    ],
    ['one claimant changing its figure is no disagreement', [f(1, 100), f(2, 90)], []],
    ['different dates do not meet', [f(1, 100), f(2, 90, { ...by('gmo'), ...on(20) })], []],
    ['different metrics do not meet', [f(1, 100), f(2, 90, { ...by('gmo'), metric: 'tally' })], []],
    ['an unattributed figure counts as a claimant', [f(1, 100), f(2, 90, by(null))], [[1, 2]]],
    [
      'one flag per pair',
      [f(1, 100), f(2, 200, by('gmo')), f(3, 100, by('un'))],
      [
        [1, 2],
        [2, 3],
      ],
    ],
    ['the claim entered first comes first', [f(0, 100), f(5, 90, by('gmo'))], [[5, 0]]],
  ];
  test.each(cases)('%s', (_name, claims, expected) => {
    expect(idsOf(findDisagreements(claims))).toEqual(expected);
  });

  test("names both figures and carries the first claim's claimant", () => {
    const gaza = { metric: 'gaza-killed', as_of: '2025-03-10' };
    const flags = findDisagreements([
      f(1, 48450, { ...gaza, qualifier: 'at_least', ...by(null) }),
      f(2, 40000, { ...gaza, claimant: 'Gaza Ministry of Health' }),
    ]);
    expect(flags).toEqual([
      {
        check: 'disagreement',
        metric: 'gaza-killed',
        claimant: null,
        claim_ids: [1, 2],
        dates: ['2025-03-10'],
        message:
          'For gaza-killed on 10 Mar 2025, an unnamed source gave at least 48,450 and Gaza Ministry of Health gave 40,000: the two figures cannot both be right.',
      },
    ]);
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
    f(id, value, { metric: 'killed', ...fields });
  const children = (id: number, value: number, fields: Partial<CheckedClaim> = {}) =>
    f(id, value, { metric: 'children', ...fields });
  const women = (id: number, value: number) => f(id, value, { metric: 'women' });
  const gaza = (all: number, kids: number, adults: number) => [
    killed(1, all),
    children(2, kids),
    women(3, adults),
  ];
  const complete = (all: number, some: number, rest: number) => [
    f(1, all, { metric: 'all' }),
    f(2, some, { metric: 'some' }),
    f(3, rest, { metric: 'rest' }),
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
    ['parts without a whole', [children(2, 1524), women(3, 1000)], []],
  ];
  test.each(cases)('%s', (_name, claims, expected) => {
    expect(idsOf(findPartsOverWhole(claims, family))).toEqual(expected);
  });

  test("the seed's partial breakdown, 745 + 125 + nearly 150 inside over 1,000, does not flag", () => {
    expect(findPartsOverWhole(SEED, SEED_METRICS)).toEqual([]);
  });

  test('names the parts, their sum and the whole', () => {
    const [whole, ...parts] = SEED.slice(0, 4);
    expect(
      findPartsOverWhole([{ ...whole, value: 900, qualifier: 'exact' }, ...parts], SEED_METRICS),
    ).toEqual([
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
});

describe('findQuoteProblems', () => {
  const range = { qualifier: 'range', low: 10, high: 20 } as const;
  const cases: [string, CheckedClaim, FlagCheck[]][] = [
    ["the seed's over 1,000", f(1, 1000, { qualifier: 'more_than', quote: SYRIA_QUOTE }), []],
    ["the seed's nearly 150", f(1, 150, { qualifier: 'nearly', quote: SYRIA_QUOTE }), []],
    ["the seed's at least 48,450", f(1, 48450, { qualifier: 'at_least', quote: GAZA_QUOTE }), []],
    ['a number in words', f(1, 1000, { quote: 'One thousand people were killed.' }), []],
    ['745 is not in "1,745"', f(1, 745, { quote: 'Some 1,745 died.' }), ['number_not_in_quote']],
    [
      'a figure the quote does not give',
      f(1, 900, { quote: SYRIA_QUOTE }),
      ['number_not_in_quote'],
    ],
    ['a range with both ends', f(1, 10, { ...range, quote: 'between 10 and 20 dead' }), []],
    [
      'a range without its high end',
      f(1, 10, { ...range, quote: 'at least 10 dead' }),
      ['number_not_in_quote'],
    ],
    ['no quote', f(1, 10), ['no_quote']],
    ['a blank quote', f(1, 10, { quote: '  ' }), ['no_quote']],
  ];
  test.each(cases)('%s', (_name, claim, expected) => {
    expect(findQuoteProblems([claim]).map((flag) => flag.check)).toEqual(expected);
  });

  test('names the missing number and the claim', () => {
    const claim = f(3, 10, { ...range, quote: 'at least 10 dead', claimant: 'UN' });
    expect(findQuoteProblems([claim])).toEqual([
      {
        check: 'number_not_in_quote',
        metric: 'toll',
        claimant: 'moh',
        claim_ids: [3],
        dates: ['2023-10-19'],
        message:
          'The figure 10–20 for toll on 19 Oct 2023, from UN, has a quote that does not contain 20.',
      },
    ]);
    expect(findQuoteProblems([f(4, 5, by(null))])[0].message).toBe(
      'The figure 5 for toll on 19 Oct 2023, from an unnamed source, has no quote to check it against.',
    );
  });
});

describe('checkClaims', () => {
  test('the seed raises no flag', () => {
    expect(checkClaims(SEED, SEED_METRICS)).toEqual([]);
  });

  test('runs every check', () => {
    const claims = [
      f(1, 100, { quote: '100' }),
      f(2, 90, { ...by('gmo'), ...on(20) }),
      f(3, 80, { ...on(20), quote: '80' }),
    ];
    expect(checkClaims(claims, METRICS).map((flag) => [flag.check, flag.claim_ids])).toEqual([
      ['cumulative_fall', [1, 3]],
      ['disagreement', [2, 3]],
      ['no_quote', [2]],
    ]);
  });
});
