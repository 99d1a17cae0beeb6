import type { MetricSummary } from '@/lib/server/metrics/queries';

/** The API's metric object: the summary without the internal id. */
export function metricJson({ id: _id, ...metric }: MetricSummary & { id: number }): MetricSummary {
  return metric;
}
