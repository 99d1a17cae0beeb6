import type { MetricJson } from '@/lib/api/response-schemas';

/** The API's metric object: the summary without the internal id. */
export function metricJson({ id: _id, ...metric }: MetricJson & { id: number }): MetricJson {
  return metric;
}
