import type { MetricResponse } from '@/lib/api/response-schemas';
import { metricJson } from '@/lib/api/metric-json';
import { notFoundResponse } from '@/lib/api/responses';
import { readRoute } from '@/lib/server/api/etag';
import { readCost } from '@/lib/server/http/rate-limit';
import { type MetricWithId, getMetricBySlug } from '@/lib/server/metrics/queries';

export const GET = readRoute<{ slug: string }, MetricWithId>(async (_request, { params }) => {
  const { slug } = await params;
  return {
    key: `metric:${slug}`,
    cost: readCost(0),
    keep: true,
    resolve: async () => (await getMetricBySlug(slug)) ?? notFoundResponse(),
    build: async (metric) => Response.json({ metric: metricJson(metric) } satisfies MetricResponse),
  };
});
