import { invalidResponse, notFoundResponse } from '@/lib/api/responses';
import { queryKey, readRoute } from '@/lib/server/api/etag';
import { claimsPageJson } from '@/lib/server/api/claims-page';
import { getSourceIdBySlug } from '@/lib/server/claims/queries';
import { readCost } from '@/lib/server/http/rate-limit';
import { type MetricWithId, getMetricBySlug } from '@/lib/server/metrics/queries';
import { ClaimsQuery } from '@/lib/claims/input/claims-query';
import { parseUrlQuery } from '@/lib/url-query';

type Found = { metric: MetricWithId; claimantId?: number };

export const GET = readRoute<{ slug: string }, Found>(async (request, { params }) => {
  const { slug } = await params;
  const query = parseUrlQuery(ClaimsQuery, new URL(request.url).searchParams);
  if (!query.success) {
    // An unknown metric is a 404 whatever its query.
    if (!(await getMetricBySlug(slug))) return notFoundResponse();
    return invalidResponse(query.fieldErrors);
  }
  const { claimant, limit } = query.data;
  return {
    key: `claims:${slug}:${queryKey(query.data)}`,
    cost: readCost(limit),
    keep: true,
    resolve: async () => {
      const metric = await getMetricBySlug(slug);
      if (!metric) return notFoundResponse();
      if (!claimant) return { metric };
      const claimantId = await getSourceIdBySlug(claimant);
      if (claimantId === null) return invalidResponse({ claimant: ['Unknown source slug'] });
      return { metric, claimantId };
    },
    build: async ({ metric, claimantId }) =>
      new Response(await claimsPageJson(metric, query.data, claimantId), {
        headers: { 'content-type': 'application/json' },
      }),
  };
});
