import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { dataVersion } from '@/db/schema';

/** The data_version counter: every write transaction, from any instance or the CLI, bumps it. */
export async function currentDataVersion(): Promise<number> {
  const [row] = await db
    .select({ version: dataVersion.version })
    .from(dataVersion)
    .where(eq(dataVersion.id, 1));
  return row?.version ?? 0;
}

/**
 * Answers a read with an ETag of the data version, and 304 when the client already has it. The
 * version is read before the data, so a write in between makes the tag older, never newer, than
 * what was sent: a cache can miss a chance to reuse, but never keeps stale data.
 */
export async function withDataVersionEtag(
  request: Request,
  respond: () => Promise<Response>,
): Promise<Response> {
  const etag = `"v${await currentDataVersion()}"`;
  const headers = { etag, 'cache-control': 'no-cache' };
  const known = request.headers
    .get('if-none-match')
    ?.split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''));
  if (known?.includes(etag) || known?.includes('*'))
    return new Response(null, { status: 304, headers });
  const response = await respond();
  if (response.ok)
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
