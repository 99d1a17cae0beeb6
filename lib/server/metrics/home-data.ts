import 'server-only';
import { memoByDataVersion } from '@/lib/server/cache/data-version-memo';
import { listLatestClaims } from '@/lib/server/claims/queries';
import type { ClaimRow } from '@/lib/claims/claim-row';
import { type TopicWithMetrics, listTopicsWithMetrics } from '@/lib/server/metrics/queries';
import { type SparklineSeries, listSparklines } from '@/lib/server/metrics/sparklines';

// The home page reads every topic and, for one page of them, each metric's latest figures and
// trend: a few hundred milliseconds of queries at 1,000 metrics, for a page that only changes when
// something is written. So both are kept per data version.

export function loadHomeTopics(): Promise<TopicWithMetrics[]> {
  return memoByDataVersion('home:topics', listTopicsWithMetrics);
}

export type HomeFigures = {
  latest: Map<string, ClaimRow[]>;
  trends: Map<number, SparklineSeries>;
};

/** The latest figures and trends of one home page's metrics. */
export function loadHomeFigures(metricIds: number[]): Promise<HomeFigures> {
  // Keyed by the ids, not the page number: a write between reading the topics and this call must
  // not leave a page's figures kept for another page's metrics.
  return memoByDataVersion(`home:figures:${metricIds.join(',')}`, async () => {
    const [latest, trends] = await Promise.all([
      listLatestClaims(metricIds),
      listSparklines(metricIds),
    ]);
    return { latest, trends };
  });
}
