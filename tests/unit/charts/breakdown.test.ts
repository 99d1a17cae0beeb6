import { describe, expect, test } from 'vitest';
import type { Qualifier } from '@/db/enums';
import { type Breakdown, buildBreakdowns } from '@/lib/charts/breakdown';
import type { ChartClaim } from '@/lib/charts/metric-series';

const SOHR = { claimantSlug: 'sohr', claimantName: 'Syrian Observatory for Human Rights' };
const NOBODY = { claimantSlug: null, claimantName: null };

/** A figure by SOHR on 9 Mar 2025 unless told otherwise. */
const figure = (id: number, value: number, fields: Partial<ChartClaim> = {}): ChartClaim => ({
  id,
  value,
  asOf: '2025-03-09',
  qualifier: 'exact',
  low: null,
  high: null,
  claimantKind: 'monitor',
  isFlagged: false,
  ...SOHR,
  ...fields,
});
const part = (partName: string, id: number, value: number, fields: Partial<ChartClaim> = {}) => ({
  ...figure(id, value, fields),
  partName,
});
const hedged = (qualifier: Qualifier) => ({ qualifier });

describe('buildBreakdowns', () => {
  test("pairs the seed's over 1,000 with its three parts, which fit", () => {
    const breakdowns = buildBreakdowns(
      [figure(1, 1000, hedged('more_than'))],
      [
        part('Civilians', 2, 745),
        part('Security forces', 3, 125),
        part('Opposition fighters', 4, 150, hedged('nearly')),
      ],
      false,
    );
    expect(breakdowns).toEqual<Breakdown[]>([
      {
        claimant: 'Syrian Observatory for Human Rights',
        asOf: '2025-03-09',
        whole: {
          claimId: 1,
          name: 'Total',
          value: 1000,
          interval: { low: 1000, high: null, isLowOpen: true, isHighOpen: true },
        },
        parts: [
          {
            claimId: 2,
            name: 'Civilians',
            value: 745,
            interval: { low: 745, high: 745, isLowOpen: false, isHighOpen: false },
          },
          {
            claimId: 3,
            name: 'Security forces',
            value: 125,
            interval: { low: 125, high: 125, isLowOpen: false, isHighOpen: false },
          },
          {
            claimId: 4,
            name: 'Opposition fighters',
            value: 150,
            interval: { low: 135, high: 150, isLowOpen: false, isHighOpen: true },
          },
        ],
        verdict: {
          fits: true,
          breakdown: 'partial',
          partsSum: { low: 1005, high: 1020, isLowOpen: false, isHighOpen: true },
        },
      },
    ]);
  });

  // Each case: wholes, parts, whether the parts are complete → for each breakdown, the whole's
  // claim id, the parts' claim ids and whether they fit.
  const cases: [
    string,
    ChartClaim[],
    ReturnType<typeof part>[],
    boolean,
    [number, number[], boolean][],
  ][] = [
    ['a whole without parts gives no breakdown', [figure(1, 100)], [], false, []],
    [
      "another claimant's parts are not this whole's",
      [figure(1, 100)],
      [part('Children', 2, 40, { claimantSlug: 'moh', claimantName: 'Ministry of Health' })],
      false,
      [],
    ],
    [
      "another day's parts are not this whole's",
      [figure(1, 100)],
      [part('Children', 2, 40, { asOf: '2025-03-10' })],
      false,
      [],
    ],
    [
      'unattributed parts belong to an unattributed whole',
      [figure(1, 100, NOBODY)],
      [part('Children', 2, 40, NOBODY)],
      false,
      [[1, [2], true]],
    ],
    [
      'parts above an exact whole do not fit',
      [figure(1, 100)],
      [part('Children', 2, 60), part('Women', 3, 50)],
      false,
      [[1, [2, 3], false]],
    ],
    [
      'partial parts may fall short of the whole',
      [figure(1, 100)],
      [part('Children', 2, 10), part('Women', 3, 20)],
      false,
      [[1, [2, 3], true]],
    ],
    [
      'complete parts must reach the whole',
      [figure(1, 100)],
      [part('Children', 2, 10), part('Women', 3, 20)],
      true,
      [[1, [2, 3], false]],
    ],
    [
      'a later figure for the same part and day replaces the earlier',
      [figure(1, 100)],
      [part('Children', 2, 80), part('Women', 3, 30), part('Children', 4, 60)],
      false,
      [[1, [4, 3], true]],
    ],
    [
      'each date of the whole gets the parts of that date',
      [
        figure(1, 100),
        figure(5, 120, { asOf: '2025-03-10' }),
        figure(6, 130, { asOf: '2025-03-11' }),
      ],
      [part('Children', 2, 40), part('Children', 3, 130, { asOf: '2025-03-10' })],
      false,
      [
        [1, [2], true],
        [5, [3], false],
      ],
    ],
    [
      'a range part is read with its stated bounds',
      [figure(1, 100)],
      [part('Children', 2, 90, { qualifier: 'range', low: 90, high: 120 })],
      true,
      [[1, [2], true]],
    ],
  ];
  test.each(cases)('%s', (_name, wholes, parts, isComplete, expected) => {
    const breakdowns = buildBreakdowns(wholes, parts, isComplete);
    expect(
      breakdowns.map((b) => [b.whole.claimId, b.parts.map((p) => p.claimId), b.verdict.fits]),
    ).toEqual(expected);
  });

  test('names an unattributed breakdown and says whether its parts are complete', () => {
    const [partial] = buildBreakdowns([figure(1, 100, NOBODY)], [part('A', 2, 5, NOBODY)], false);
    const [complete] = buildBreakdowns([figure(1, 100)], [part('A', 2, 5)], true);
    expect(partial?.claimant).toBe('no source named');
    expect(partial?.verdict.breakdown).toBe('partial');
    expect(complete?.claimant).toBe('Syrian Observatory for Human Rights');
    expect(complete?.verdict.breakdown).toBe('complete');
  });
});
