import 'server-only';
import type { ClaimsPageResponse } from '@/lib/api/response-schemas';
import { metricJson } from '@/lib/api/metric-json';
import { type ClaimsQuery, encodeCursor } from '@/lib/claims/input/claims-query';
import { flagsByClaimForMetric } from '@/lib/server/claims/metric-flags';
import { listClaimsForMetric } from '@/lib/server/claims/queries';
import type { MetricWithId } from '@/lib/server/metrics/queries';

/**
 * The most a page's answer holds, in bytes. 10,000 claims of ordinary length are a few MB; claims
 * with 5,000-character quotes and notes would be 50 MB, too much to build, keep or send at once:
 * such a page stops short of its `limit` and its next_cursor goes on from there.
 */
export const MAX_PAGE_BYTES = 16 * 1024 * 1024;

// Claims are read this many at a time, letting other requests run in between: libSQL reads a
// local file synchronously, so one read of 10,000 long claims would hold every request for seconds.
const BATCH = 500;

type Claim = ClaimsPageResponse['claims'][number];

/**
 * GET /api/metrics/[slug]/claims as JSON text: one page of a metric's active claims in as_of
 * order, each with its flags. The same bytes as Response.json of a ClaimsPageResponse.
 */
export async function claimsPageJson(
  metric: MetricWithId,
  query: ClaimsQuery,
  claimantId: number | undefined,
): Promise<string> {
  const flags = await flagsByClaimForMetric(metric);
  const claims: string[] = [];
  let bytes = 0;
  let cursor = query.cursor;
  let nextCursor: string | null = null;
  while (claims.length < query.limit) {
    const limit = Math.min(BATCH, query.limit - claims.length);
    const batch = await listClaimsForMetric(metric.id, { ...query, cursor, limit, claimantId });
    for (const row of batch.claims) {
      const json = JSON.stringify({ ...row, flags: flags.get(row.id) ?? [] } satisfies Claim);
      bytes += Buffer.byteLength(json) + 1;
      if (bytes > MAX_PAGE_BYTES && claims.length > 0 && cursor) {
        return pageJson(metric, claims, encodeCursor(cursor.asOf, cursor.id));
      }
      claims.push(json);
      cursor = { asOf: row.as_of, id: row.id };
    }
    nextCursor = batch.nextCursor;
    if (nextCursor === null) break;
    await new Promise((resume) => setImmediate(resume));
  }
  return pageJson(metric, claims, nextCursor);
}

function pageJson(metric: MetricWithId, claims: string[], nextCursor: string | null): string {
  // Key order as ClaimsPageResponse lists them, as JSON.stringify of the whole would write them.
  return `{"metric":${JSON.stringify(metricJson(metric))},"claims":[${claims.join(',')}],"next_cursor":${JSON.stringify(nextCursor)}}`;
}
