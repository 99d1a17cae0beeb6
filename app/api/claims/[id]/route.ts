import { withDataVersionEtag } from '@/lib/server/api/etag';
import { notFoundResponse, parseId } from '@/lib/api/responses';
import { getClaim, listClaimRevisions } from '@/lib/server/claims/queries';

async function respond(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const id = parseId((await params).id);
  const claim = id === null ? null : await getClaim(id);
  if (!claim || id === null) return notFoundResponse();
  return Response.json({ claim, revisions: await listClaimRevisions(id) });
}

export function GET(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  return withDataVersionEtag(request, () => respond(request, context), { cacheBody: true });
}
