import { notFoundResponse, parseId } from '@/lib/api/responses';
import { getClaim, listClaimRevisions } from '@/lib/claims/queries';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const id = parseId((await params).id);
  const claim = id === null ? null : await getClaim(id);
  if (!claim || id === null) return notFoundResponse();
  return Response.json({ claim, revisions: await listClaimRevisions(id) });
}
