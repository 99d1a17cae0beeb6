import 'server-only';
import { createHash } from 'node:crypto';
import { currentDataVersion } from '@/lib/server/data-version';
import {
  type Answer,
  buildAndKeep,
  buildUnderWay,
  cachedBody,
} from '@/lib/server/cache/body-cache';
import { spendOrRefuse } from '@/lib/server/http/rate-limit';

/**
 * How a read is answered. Its key names everything the answer depends on besides the data: the
 * route, its path parameters and its query as parsed (never the raw URL, so an unknown parameter
 * or the same query written another way finds the same kept answer and the same ETag).
 */
export type ReadPlan<C> = {
  key: string;
  /** Checks that the request names things that exist: the context to build with, or a 404/400. */
  resolve: () => Promise<C | Response>;
  /** The 200 answer. */
  build: (context: C) => Promise<Response>;
  /** What building costs the client, in rate-limit units (rate-limit.ts: readCost). */
  cost: number;
  /** Keep the answer in memory until the next write (JSON reads); exports stream and are not. */
  keep: boolean;
};

/** A query as parsed by its schema, as a key: keys sorted, parameters left out omitted. */
export function queryKey(parsed: Record<string, unknown>): string {
  const given = Object.keys(parsed)
    .filter((name) => parsed[name] !== undefined)
    .sort();
  return JSON.stringify(given.map((name) => [name, parsed[name]]));
}

/**
 * Answers a read with an ETag of the data version and of the plan's key, 304 to a matching
 * If-None-Match (or `*`), and from memory when the answer was kept. A 304 is only ever sent where
 * the same request without the header would get a 200: the plan resolves first, so an unknown slug
 * or claimant answers 404 or 400 whatever tag comes with it. The version is read before the data,
 * so a write in between makes the tag older, never newer, than what was sent: a cache can miss a
 * chance to reuse, but never keeps stale data.
 */
export async function answerRead<C>(request: Request, plan: ReadPlan<C>): Promise<Response> {
  const version = await currentDataVersion();
  const etag = `"v${version}-${createHash('sha256').update(plan.key).digest('base64url').slice(0, 16)}"`;
  const headers = { etag, 'cache-control': 'no-cache' };
  const kept = plan.keep ? cachedBody(plan.key, version) : undefined;
  // Only 200s are kept, so a kept answer says the request resolves.
  if (kept) return isNotModified(request, etag) ? notModified(headers) : send(kept, headers);

  const context = await plan.resolve();
  if (context instanceof Response) return context;
  if (isNotModified(request, etag)) return notModified(headers);
  const underWay = plan.keep ? buildUnderWay(plan.key, version) : undefined;
  if (underWay) return send(await underWay, headers);

  const refused = spendOrRefuse(request.headers, plan.cost);
  if (refused) return refused;
  if (!plan.keep) {
    const response = await plan.build(context);
    if (response.ok)
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  }
  return send(await buildAndKeep(plan.key, version, () => toAnswer(plan.build(context))), headers);
}

async function toAnswer(built: Promise<Response>): Promise<Answer> {
  const response = await built;
  return {
    status: response.status,
    body: new Uint8Array(await response.arrayBuffer()),
    contentType: response.headers.get('content-type') ?? 'application/json',
  };
}

function send(answer: Answer, headers: Record<string, string>): Response {
  const ok = answer.status === 200;
  // A Response copies the bytes it is given, so the kept ones stay as they are.
  return new Response(answer.body, {
    status: answer.status,
    headers: { ...(ok ? headers : {}), 'content-type': answer.contentType },
  });
}

const notModified = (headers: Record<string, string>) =>
  new Response(null, { status: 304, headers });

/** If-None-Match holds this tag (compared weakly, as RFC 9110 asks for GET) or `*`. */
function isNotModified(request: Request, etag: string): boolean {
  const known = request.headers
    .get('if-none-match')
    ?.split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''));
  return known !== undefined && (known.includes(etag) || known.includes('*'));
}

/** What Next hands a route under a dynamic segment: `{ params: Promise<{ slug: string }> }`. */
export type PathParams<P> = { params: Promise<P> };

/**
 * A GET handler that answers through answerRead: `plan` parses the request into a ReadPlan, or
 * answers at once (a bad query: 400, or 404 when the path names nothing).
 */
export function readRoute<P, C>(
  plan: (request: Request, context: PathParams<P>) => Promise<ReadPlan<C> | Response>,
): (request: Request, context: PathParams<P>) => Promise<Response> {
  return async (request, context) => answerPlanned(request, await plan(request, context));
}

/** answerRead of a plan, or the answer the request got instead of one. */
export function answerPlanned<C>(
  request: Request,
  plan: ReadPlan<C> | Response,
): Promise<Response> {
  return plan instanceof Response ? Promise.resolve(plan) : answerRead(request, plan);
}
