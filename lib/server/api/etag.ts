import 'server-only';
import { currentDataVersion } from '@/lib/server/data-version';
import { cachedBody, keepBody } from '@/lib/server/cache/body-cache';

/**
 * Answers a read with an ETag of the data version, and 304 when the client already has it. The
 * version is read before the data, so a write in between makes the tag older, never newer, than
 * what was sent: a cache can miss a chance to reuse, but never keeps stale data.
 *
 * With `cacheBody`, an answer is also kept in memory under its URL and that same version, and
 * served from there until the next write: a JSON read of 1,000 claims costs far more to build than
 * to send, and readers ask for the same pages again and again. Streamed exports are not kept.
 */
export async function withDataVersionEtag(
  request: Request,
  respond: () => Promise<Response>,
  { cacheBody = false } = {},
): Promise<Response> {
  const version = await currentDataVersion();
  const etag = `"v${version}"`;
  const headers = { etag, 'cache-control': 'no-cache' };
  const known = request.headers
    .get('if-none-match')
    ?.split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''));
  if (known?.includes(etag) || known?.includes('*'))
    return new Response(null, { status: 304, headers });
  const { pathname, search } = new URL(request.url);
  const key = pathname + search;
  const kept = cacheBody ? cachedBody(key, version) : undefined;
  if (kept)
    return new Response(kept.body, { headers: { ...headers, 'content-type': kept.contentType } });
  const response = await respond();
  if (!response.ok) return response;
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  if (!cacheBody) return response;
  const contentType = response.headers.get('content-type') ?? 'application/json';
  const body = await response.text();
  keepBody(key, { version, body, contentType });
  return new Response(body, { headers: { ...headers, 'content-type': contentType } });
}

/** What Next hands a route under a dynamic segment: `{ params: Promise<{ slug: string }> }`. */
export type PathParams<P> = { params: Promise<P> };

/**
 * A GET handler of a dynamic route that answers through withDataVersionEtag, keeping its body
 * (see above): the reads that are built from several queries and asked for again and again.
 */
export function cachedGet<P>(
  respond: (request: Request, context: PathParams<P>) => Promise<Response>,
): (request: Request, context: PathParams<P>) => Promise<Response> {
  return (request, context) =>
    withDataVersionEtag(request, () => respond(request, context), { cacheBody: true });
}
