import type { MetricResponse } from '@/lib/api/response-schemas';
import { metricJson } from '@/lib/api/metric-json';
import { notFoundResponse } from '@/lib/api/responses';
import { cachedGet } from '@/lib/server/api/etag';
import { getMetricBySlug } from '@/lib/server/metrics/queries';

export const GET = cachedGet<{ slug: string }>(async (_request, { params }) => {
  const metric = await getMetricBySlug((await params).slug);
  if (!metric) return notFoundResponse();
  return Response.json({ metric: metricJson(metric) } satisfies MetricResponse);
});
