import { IncomingMessage, type ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { bodyLimitFor, bytesInWords } from '@/lib/http/body-limits';
import { hasSessionCookie } from '@/lib/http/cookies';
import { applyForwarded, resolveForwarded } from '@/lib/http/forwarded';
import { baseSecurityHeaders, servedOverHttps } from '@/lib/http/security-headers';

export type GuardOptions = { trustProxy: number; publicUrl?: string };

/** The request's path as Next will route it (dot segments resolved), never throwing. */
export function pathnameOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://tally.invalid').pathname;
  } catch {
    return '/';
  }
}

/**
 * Everything Tally's server does before Next sees a request: believe only trusted forwarding
 * headers, set the security headers every answer carries, and refuse a body over the path's
 * limit (413) before reading it. Resolves to the request to hand on to Next, or null once it has
 * been answered.
 */
export async function guardRequest(
  req: IncomingMessage,
  res: ServerResponse,
  options: GuardOptions,
): Promise<IncomingMessage | null> {
  const forwarded = resolveForwarded(
    req.headers,
    {
      remoteAddress: req.socket.remoteAddress,
      encrypted: (req.socket as Partial<TLSSocket>).encrypted === true,
    },
    options.trustProxy,
  );
  applyForwarded(req.headers, forwarded);
  const pathname = pathnameOf(req.url);
  const https = servedOverHttps(forwarded.protocol, options.publicUrl);
  for (const [name, value] of Object.entries(baseSecurityHeaders(pathname, https))) {
    res.setHeader(name, value);
  }

  const limit = bodyLimitFor(pathname, hasSessionCookie(req.headers.cookie));
  const declared = req.headers['content-length'];
  if (declared !== undefined) {
    // Node's parser has checked it is one whole number, and reads no more than it says.
    if (Number(declared) <= limit) return continueRequest(req, res);
    refuseTooLarge(res, pathname, limit);
    return null;
  }
  if (req.headers['transfer-encoding'] === undefined) return continueRequest(req, res);
  continueRequest(req, res);
  const body = await readUpTo(req, limit);
  if (body === null) {
    refuseTooLarge(res, pathname, limit);
    return null;
  }
  return withBody(req, body);
}

/** Lets a client that sent `Expect: 100-continue` send its body, once its size is acceptable. */
function continueRequest(req: IncomingMessage, res: ServerResponse): IncomingMessage {
  if (req.headers.expect?.toLowerCase() === '100-continue') res.writeContinue();
  return req;
}

/**
 * A chunked body, read as it arrives and kept only while it stays within the limit: null as soon
 * as it passes it, without waiting for the rest.
 */
function readUpTo(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      resolve(null);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/**
 * The request again, with the body read here as its stream and a length of its own: a fresh
 * IncomingMessage on the same socket, so Next reads it as it reads any request.
 */
function withBody(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.httpVersion = req.httpVersion;
  copy.headers = { ...req.headers, 'content-length': String(body.length) };
  delete copy.headers['transfer-encoding'];
  copy.rawHeaders = Object.entries(copy.headers).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value ?? '']).flatMap((one) => [name, one]),
  );
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}

/**
 * 413, and the connection closed so the rest of the body is never read. The API answers in its
 * JSON contract; pages in words.
 */
function refuseTooLarge(res: ServerResponse, pathname: string, limit: number): void {
  const api = pathname === '/api' || pathname.startsWith('/api/');
  const body = api
    ? JSON.stringify({ error: 'too_large', limit_bytes: limit })
    : `The request is too large: ${bytesInWords(limit)} at most here.\n`;
  res.shouldKeepAlive = false;
  res.writeHead(413, {
    'content-type': api ? 'application/json' : 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    connection: 'close',
  });
  res.end(body, () => res.req.socket.destroy());
}
