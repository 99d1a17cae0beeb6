import type { SourceResponse } from '@/lib/api/response-schemas';
import { notFoundResponse } from '@/lib/api/responses';
import { cachedGet } from '@/lib/server/api/etag';
import { getSourceRecord } from '@/lib/server/sources/queries';

export const GET = cachedGet<{ slug: string }>(async (_request, { params }) => {
  const source = await getSourceRecord((await params).slug);
  if (!source) return notFoundResponse();
  return Response.json({ source } satisfies SourceResponse);
});
