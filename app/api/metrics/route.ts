import type { MetricListResponse } from '@/lib/api/response-schemas';
import { metricJson } from '@/lib/api/metric-json';
import { answerRead } from '@/lib/server/api/etag';
import { listLatestClaims } from '@/lib/server/claims/queries';
import { readCost } from '@/lib/server/http/rate-limit';
import { listMetrics } from '@/lib/server/metrics/queries';

async function respond(): Promise<Response> {
  const metrics = await listMetrics();
  const latest = await listLatestClaims(metrics.map((m) => m.id));
  return Response.json({
    metrics: metrics.map((m) => ({ ...metricJson(m), latest: latest.get(m.slug) ?? [] })),
  } satisfies MetricListResponse);
}

export function GET(request: Request): Promise<Response> {
  return answerRead(request, {
    key: 'metrics',
    // It reads the latest claim of every claimant of every metric.
    cost: readCost(1000),
    keep: true,
    resolve: async () => null,
    build: respond,
  });
}
