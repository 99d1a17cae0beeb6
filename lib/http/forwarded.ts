import { isIP } from 'node:net';

/**
 * The header Tally's own HTTP server (lib/cli/serve.ts) sets on every request to the client's
 * address. It deletes any value a client sent, so nothing outside can choose it.
 */
export const CLIENT_ADDRESS_HEADER = 'x-tally-client-address';

/** What the server knows of a request before any header is believed. */
export type Connection = {
  /** The socket's peer: the client itself, or the innermost proxy. */
  remoteAddress: string | undefined;
  /** Whether the socket itself is TLS. */
  encrypted: boolean;
};

/** Who sent the request, as far as the server can tell: the values Next and the app may trust. */
export type Forwarded = { address: string; protocol: 'http' | 'https'; host: string | undefined };

type HeaderValue = string | string[] | undefined;

/** A header's comma-separated entries, across repeated headers, in the order they were added. */
function entries(value: HeaderValue): string[] {
  const joined = Array.isArray(value) ? value.join(',') : (value ?? '');
  return joined
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/**
 * The entry the outermost of `trusted` proxies wrote. Each proxy appends what it saw, so with N
 * proxies that is the N-th from the right; anything further left was written by the client and
 * proves nothing. With fewer entries than proxies, the leftmost (as Express's `trust proxy` does).
 */
export function trustedEntry(value: HeaderValue, trusted: number): string | undefined {
  const list = entries(value);
  if (trusted < 1 || list.length === 0) return undefined;
  return list[Math.max(0, list.length - trusted)];
}

/** An IP address in one spelling: no port, no brackets, IPv4-mapped IPv6 as plain IPv4. */
export function normalizeAddress(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) address = mapped[1];
  return isIP(address) ? address.toLowerCase() : undefined;
}

// A host as a URL may carry it: a name or address, optionally with a port. Anything else (spaces,
// slashes, userinfo) is not a host and is not believed.
const HOST = /^(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i;

/**
 * Resolves the client's address, the protocol it used and the host it asked for. Without trusted
 * proxies only the socket counts; with `trustProxy` = N, what the outermost proxy reported.
 */
export function resolveForwarded(
  headers: Record<string, HeaderValue>,
  connection: Connection,
  trustProxy: number,
): Forwarded {
  const socketAddress = normalizeAddress(connection.remoteAddress) ?? 'unknown';
  const socketProtocol = connection.encrypted ? 'https' : 'http';
  const ownHost =
    typeof headers.host === 'string' && HOST.test(headers.host) ? headers.host : undefined;
  if (trustProxy < 1) return { address: socketAddress, protocol: socketProtocol, host: ownHost };

  const address = normalizeAddress(trustedEntry(headers['x-forwarded-for'], trustProxy));
  const protocol = trustedEntry(headers['x-forwarded-proto'], trustProxy)?.toLowerCase();
  const host = trustedEntry(headers['x-forwarded-host'], trustProxy);
  return {
    address: address ?? socketAddress,
    protocol: protocol === 'https' || protocol === 'http' ? protocol : socketProtocol,
    host: host !== undefined && HOST.test(host) ? host : ownHost,
  };
}

/** Headers a client may send to pose as a proxy; the server replaces or removes them all. */
const FORWARDING_HEADERS = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-proto',
  'x-forwarded-host',
  'x-forwarded-port',
  'x-real-ip',
  CLIENT_ADDRESS_HEADER,
];

/**
 * Rewrites a request's headers in place so that everything behind the server (Next, proxy.ts,
 * the app) sees only trusted values: one X-Forwarded-For/-Proto/-Host each, and the client
 * address header. Whatever the client sent under those names is gone.
 */
export function applyForwarded(headers: Record<string, HeaderValue>, forwarded: Forwarded): void {
  for (const name of FORWARDING_HEADERS) delete headers[name];
  headers['x-forwarded-for'] = forwarded.address;
  headers['x-forwarded-proto'] = forwarded.protocol;
  if (forwarded.host !== undefined) headers['x-forwarded-host'] = forwarded.host;
  headers[CLIENT_ADDRESS_HEADER] = forwarded.address;
}
