import type { MetricJson } from '@/lib/api/response-schemas';
import type { MetricWithId } from '@/lib/server/metrics/queries';

/** The API's metric object: the summary without the internal id. */
export function metricJson({ id: _id, ...metric }: MetricWithId): MetricJson {
  return metric;
}
