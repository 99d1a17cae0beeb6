import { withDataVersionEtag } from '@/lib/server/api/etag';
import { metricJson } from '@/lib/api/metric-json';
import { notFoundResponse } from '@/lib/api/responses';
import { getMetricBySlug } from '@/lib/server/metrics/queries';

async function respond(
  _request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  const metric = await getMetricBySlug((await params).slug);
  if (!metric) return notFoundResponse();
  return Response.json({ metric: metricJson(metric) });
}

export function GET(
  request: Request,
  context: { params: Promise<{ slug: string }> },
): Promise<Response> {
  return withDataVersionEtag(request, () => respond(request, context), { cacheBody: true });
}
