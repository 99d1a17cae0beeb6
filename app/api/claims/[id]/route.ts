import type { ClaimResponse } from '@/lib/api/response-schemas';
import { notFoundResponse, parseId } from '@/lib/api/responses';
import { cachedGet } from '@/lib/server/api/etag';
import { getClaimDetail, listClaimRevisions } from '@/lib/server/claims/queries';

export const GET = cachedGet<{ id: string }>(async (_request, { params }) => {
  const id = parseId((await params).id);
  const claim = id === null ? null : await getClaimDetail(id);
  if (!claim || id === null) return notFoundResponse();
  return Response.json({ claim, revisions: await listClaimRevisions(id) } satisfies ClaimResponse);
});
