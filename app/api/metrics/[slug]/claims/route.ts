import { withDataVersionEtag } from '@/lib/server/api/etag';
import { metricJson } from '@/lib/api/metric-json';
import { invalidResponse, notFoundResponse, zodInvalidResponse } from '@/lib/api/responses';
import { getSourceIdBySlug, listClaimsForMetric } from '@/lib/server/claims/queries';
import { getMetricBySlug } from '@/lib/server/metrics/queries';
import { flagsByClaimForMetric } from '@/lib/server/claims/metric-flags';
import { ClaimsQuery, searchParamsObject } from '@/lib/claims/input/claims-query';

async function respond(
  request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  const metric = await getMetricBySlug((await params).slug);
  if (!metric) return notFoundResponse();
  const query = ClaimsQuery.safeParse(searchParamsObject(new URL(request.url).searchParams));
  if (!query.success) return zodInvalidResponse(query.error);

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
  });
}

export function GET(
  request: Request,
  context: { params: Promise<{ slug: string }> },
): Promise<Response> {
  return withDataVersionEtag(request, () => respond(request, context), { cacheBody: true });
}
