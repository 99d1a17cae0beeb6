import { describe, expect, test } from 'vitest';
import {
  type ChartClaim,
  type ChartSeries,
  buildMetricSeries,
  metricValueAxis,
  plotSeries,
  timeDomain,
} from '@/lib/charts/metric-series';

const SOHR = { claimantSlug: 'sohr', claimantName: 'Syrian Observatory', claimantKind: 'monitor' };
const NOBODY = { claimantSlug: null, claimantName: null, claimantKind: null };

let nextId = 1;
function claim(overrides: Partial<ChartClaim>): ChartClaim {
  return {
    id: nextId++,
    asOf: '2025-03-09',
    value: 1000,
    qualifier: 'exact',
    low: 1000,
    high: 1000,
    ...SOHR,
    isFlagged: false,
    ...overrides,
  } as ChartClaim;
}

/** The one series that claims of a single claimant make. */
function onlySeries(claims: ChartClaim[]): ChartSeries {
  const [series, ...others] = buildMetricSeries(claims);
  if (!series || others.length > 0) throw new Error('expected exactly one series');
  return series;
}

describe('buildMetricSeries', () => {
  test('gives one series per claimant, the largest first and the unattributed one last', () => {
    const series = buildMetricSeries([
      claim({ ...NOBODY }),
      claim({ asOf: '2025-03-10' }),
      claim({ asOf: '2025-03-11' }),
      claim({ claimantSlug: 'moh', claimantName: 'Ministry of Health', claimantKind: 'ministry' }),
    ]);
    expect(series.map((s) => [s.id, s.label, s.points.length, s.isUnattributed])).toEqual([
      ['source:sohr', 'Syrian Observatory', 2, false],
      ['source:moh', 'Ministry of Health', 1, false],
      ['unattributed', 'no source named', 1, true],
    ]);
    expect(series[2]?.color).toBe('var(--series-unattributed)');
  });

  test('sends bounds only where they say more than the qualifier', () => {
    const series = onlySeries([
      claim({ qualifier: 'more_than', low: 1000, high: null }),
      claim({ qualifier: 'range', value: 10, low: 10, high: 20 }),
      claim({ qualifier: 'about', value: 100, low: 95, high: 105 }),
    ]);
    expect(series.points.map((p) => p.bounds)).toEqual([undefined, [10, 20], [95, 105]]);
  });

  test('sends at most 3,000 points across ten long series', () => {
    const claims = Array.from({ length: 10 }, (_, c) =>
      Array.from({ length: 1000 }, (_, d) =>
        claim({ claimantSlug: `s${c}`, claimantName: `S${c}`, value: d, low: d, high: d }),
      ),
    ).flat();
    const series = buildMetricSeries(claims);
    expect(series.map((s) => s.points.length)).toEqual(Array(10).fill(300));
    expect(series.map((s) => s.total)).toEqual(Array(10).fill(1000));
  });
});

describe('plotSeries', () => {
  test('names each point with its hedge, claimant and date, and draws its interval', () => {
    const series = onlySeries([
      claim({ qualifier: 'more_than', low: 1000, high: null }),
      claim({ qualifier: 'nearly', value: 150, low: 135, high: 150, asOf: '2025-03-10' }),
    ]);
    const [over, nearly] = plotSeries(series, 'people').points;
    expect(over).toMatchObject({
      label: 'over 1,000 — Syrian Observatory, 9 Mar 2025',
      valueInWords: 'over 1,000',
      low: 1000,
      high: null,
      isLowOpen: true,
      x: Date.UTC(2025, 2, 9),
    });
    expect(nearly).toMatchObject({
      label: 'nearly 150 — Syrian Observatory, 10 Mar 2025',
      low: 135,
      high: 150,
      isHighOpen: true,
    });
  });

  test('a range reads as its two ends', () => {
    const series = onlySeries([claim({ qualifier: 'range', value: 10, low: 10, high: 20 })]);
    expect(plotSeries(series, 'people').points[0]?.valueInWords).toBe('10–20');
  });
});

describe('domains', () => {
  test('the y range reaches the top of every bounded interval; x is padded by at least a day', () => {
    const series = buildMetricSeries([
      claim({ value: 100, low: 100, high: 100, asOf: '2025-01-01' }),
      claim({ qualifier: 'range', value: 10, low: 10, high: 900, asOf: '2025-01-02' }),
    ]);
    expect(metricValueAxis(series, false).domain).toEqual([0, 1000]);
    expect(timeDomain(series)).toEqual([Date.UTC(2024, 11, 31), Date.UTC(2025, 0, 3)]);
  });
});

describe('metricValueAxis', () => {
  // A fall from 48,450 to 48,400 that a zero-based axis would hide, beside a figure of "about".
  const close = () =>
    buildMetricSeries([
      claim({ value: 48450, low: 48450, high: 48450, asOf: '2025-03-10' }),
      claim({ value: 48400, low: 48400, high: 48400, asOf: '2025-03-11' }),
      claim({ ...NOBODY, qualifier: 'about', value: 48400, low: null, high: null }),
    ]);

  test('a running total starts near its figures and leaves the ±10% of "about" to be clipped', () => {
    const axis = metricValueAxis(close(), true);
    expect(axis.domain).toEqual([48380, 48460]);
    expect(axis.startsAt).toBe(48380);
  });

  test('a count of one event starts at zero and fits the top of every interval', () => {
    // "about 48,400" reaches 53,240.
    expect(metricValueAxis(close(), false)).toMatchObject({ domain: [0, 60000], startsAt: null });
  });
});
