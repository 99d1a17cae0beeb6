import type { SourceResponse } from '@/lib/api/response-schemas';
import { notFoundResponse } from '@/lib/api/responses';
import { readRoute } from '@/lib/server/api/etag';
import { readCost } from '@/lib/server/http/rate-limit';
import { getSourceRecord } from '@/lib/server/sources/queries';

type Source = SourceResponse['source'];

export const GET = readRoute<{ slug: string }, Source>(async (_request, { params }) => {
  const { slug } = await params;
  return {
    key: `source:${slug}`,
    cost: readCost(0),
    keep: true,
    resolve: async () => (await getSourceRecord(slug)) ?? notFoundResponse(),
    build: async (source) => Response.json({ source } satisfies SourceResponse),
  };
});
