import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';
import { normalizeAddress, trustedEntry } from '@/lib/http/forwarded';

/**
 * The client's address, for rate limits and the sign-in log: the X-Forwarded-For entry the
 * outermost of TRUST_PROXY proxies wrote (N-th from the right), or, with none declared, the
 * rightmost entry. `next start` sets X-Forwarded-For to the socket's peer when a request has
 * none, but keeps one a client sent: until Tally serves through its own server (issue 14, which
 * replaces the header from the socket), a client without a proxy in front can choose this value.
 * The leftmost entry, which the old code read, is the one a client always writes.
 */
export function clientAddressOf(requestHeaders: Headers): string {
  const forwarded = requestHeaders.get('x-forwarded-for') ?? undefined;
  return normalizeAddress(trustedEntry(forwarded, Math.max(1, env.TRUST_PROXY))) ?? 'unknown';
}

/** The current request's client address (pages, Server Actions, route handlers). */
export async function clientAddress(): Promise<string> {
  return clientAddressOf(await headers());
}
