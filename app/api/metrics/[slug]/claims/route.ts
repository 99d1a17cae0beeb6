import type { ClaimsPageResponse } from '@/lib/api/response-schemas';
import { metricJson } from '@/lib/api/metric-json';
import { invalidResponse, notFoundResponse } from '@/lib/api/responses';
import { cachedGet } from '@/lib/server/api/etag';
import { getSourceIdBySlug, listClaimsForMetric } from '@/lib/server/claims/queries';
import { getMetricBySlug } from '@/lib/server/metrics/queries';
import { flagsByClaimForMetric } from '@/lib/server/claims/metric-flags';
import { ClaimsQuery } from '@/lib/claims/input/claims-query';
import { parseUrlQuery } from '@/lib/url-query';

export const GET = cachedGet<{ slug: string }>(async (request, { params }) => {
  const metric = await getMetricBySlug((await params).slug);
  if (!metric) return notFoundResponse();
  const query = parseUrlQuery(ClaimsQuery, new URL(request.url).searchParams);
  if (!query.success) return invalidResponse(query.fieldErrors);

  let claimantId: number | undefined;
  if (query.data.claimant) {
    const found = await getSourceIdBySlug(query.data.claimant);
    if (found === null) return invalidResponse({ claimant: ['Unknown source slug'] });
    claimantId = found;
  }
  const [page, flags] = await Promise.all([
    listClaimsForMetric(metric.id, { ...query.data, claimantId }),
    flagsByClaimForMetric(metric),
  ]);
  return Response.json({
    metric: metricJson(metric),
    claims: page.claims.map((claim) => ({ ...claim, flags: flags.get(claim.id) ?? [] })),
    next_cursor: page.nextCursor,
  } satisfies ClaimsPageResponse);
});
