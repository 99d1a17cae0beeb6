import 'server-only';
import { type Breakdown, buildBreakdowns } from '@/lib/charts/breakdown';
import { type ChartClaim, type ChartSeries, buildMetricSeries } from '@/lib/charts/metric-series';
import type { Flag } from '@/lib/claims/checks';
import { flagsByClaimForMetric } from '@/lib/server/claims/metric-flags';
import { memoByDataVersion } from '@/lib/server/cache/data-version-memo';
import { listChartClaims, listPartMetrics } from '@/lib/server/metrics/metric-page';
import type { MetricWithId } from '@/lib/server/metrics/queries';

export type MetricChartData = {
  series: ChartSeries[];
  breakdowns: Breakdown[];
  flags: Map<number, Flag[]>;
  /** The metric's latest figure, whatever the range. */
  latest: ChartClaim | undefined;
};

/**
 * Everything the metric page draws, read once per data version: a metric of 10,000 claims takes
 * a while to read, check and downsample, and it only changes when something is written.
 */
export function loadMetricChartData(
  metric: MetricWithId,
  range: DateRange = { from: null, to: null },
): Promise<MetricChartData> {
  return memoByDataVersion(`chart:${metric.id}:${range.from ?? ''}:${range.to ?? ''}`, () =>
    computeChartData(metric, range),
  );
}

/** Inclusive days on as_of; null is open. */
export type DateRange = { from: string | null; to: string | null };

const inRange =
  ({ from, to }: DateRange) =>
  (claim: { asOf: string }) =>
    (from === null || claim.asOf >= from) && (to === null || claim.asOf <= to);

async function computeChartData(metric: MetricWithId, range: DateRange): Promise<MetricChartData> {
  const [allClaims, parts, flags] = await Promise.all([
    listChartClaims([metric.id]),
    listPartMetrics(metric.id),
    flagsByClaimForMetric(metric),
  ]);
  // Zoomed in, the chart downsamples the range alone, so it shows the range in full detail.
  const chartClaims = allClaims.filter(inRange(range));
  const partNames = new Map(parts.map((p) => [p.id, p.name]));
  const partClaims =
    parts.length > 0 ? (await listChartClaims([...partNames.keys()])).filter(inRange(range)) : [];
  const breakdowns = buildBreakdowns(
    chartClaims,
    partClaims.map((c) => ({ ...c, partName: partNames.get(c.metricId) ?? '' })),
    metric.parts_complete,
  );
  const series = buildMetricSeries(
    // The mild "no quote" flag is listed in the table but does not ring a point on the chart.
    chartClaims.map((c) => ({
      ...c,
      isFlagged: (flags.get(c.id) ?? []).some((f) => f.check !== 'no_quote'),
    })),
  );
  return { series, breakdowns, flags, latest: allClaims.at(-1) };
}
