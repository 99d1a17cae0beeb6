import 'server-only';
import { headers } from 'next/headers';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/forwarded';

/**
 * The header Tally's own HTTP server (lib/cli/serve.ts) sets on every request to the client's
 * address: the socket's peer, or with TRUST_PROXY=N the address N proxies reported. It deletes
 * any value a client sent, so nothing outside can choose it.
 */
export { CLIENT_ADDRESS_HEADER };

/** The client's address, for rate limits and the sign-in log; "unknown" outside Tally's server. */
export function clientAddressOf(requestHeaders: Headers): string {
  return requestHeaders.get(CLIENT_ADDRESS_HEADER) || 'unknown';
}

/** The current request's client address (pages, Server Actions, route handlers). */
export async function clientAddress(): Promise<string> {
  return clientAddressOf(await headers());
}
