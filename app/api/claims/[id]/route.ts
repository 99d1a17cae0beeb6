import type { ClaimResponse } from '@/lib/api/response-schemas';
import { notFoundResponse, parseId } from '@/lib/api/responses';
import { readRoute } from '@/lib/server/api/etag';
import { readCost } from '@/lib/server/http/rate-limit';
import { getClaimDetail, listClaimRevisions } from '@/lib/server/claims/queries';

type Claim = ClaimResponse['claim'];

export const GET = readRoute<{ id: string }, Claim>(async (_request, { params }) => {
  const id = parseId((await params).id);
  if (id === null) return notFoundResponse();
  return {
    key: `claim:${id}`,
    cost: readCost(0),
    keep: true,
    resolve: async () => (await getClaimDetail(id)) ?? notFoundResponse(),
    build: async (claim) =>
      Response.json({ claim, revisions: await listClaimRevisions(id) } satisfies ClaimResponse),
  };
});
