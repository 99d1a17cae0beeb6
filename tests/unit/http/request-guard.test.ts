import { type IncomingMessage, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/forwarded';
import { MAX_BODY_BYTES } from '@/lib/http/body-limits';
import { guardRequest } from '@/lib/http/request-guard';

// A real HTTP server with the guard in front of a stand-in for Next that reports what it saw, so
// these tests see what a client sees: sockets, chunked bodies, 100-continue.
type Seen = { headers: IncomingMessage['headers']; bodyBytes: number };

function guardedServer(trustProxy: number) {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    void guardRequest(req, res, { trustProxy }).then(async (guarded) => {
      if (!guarded) return;
      let bodyBytes = 0;
      for await (const chunk of guarded) bodyBytes += (chunk as Buffer).length;
      seen.push({ headers: guarded.headers, bodyBytes });
      res.end('ok');
    });
  });
  server.on('checkContinue', (req, res) => server.emit('request', req, res));
  return { server, seen };
}

type Answer = { status: number; headers: IncomingMessage['headers']; body: string };

type Send = {
  path?: string;
  method?: string;
  headers?: Record<string, string>;
  /** Bytes to stream as a chunked body, in 64 KB chunks, until the server stops reading. */
  chunkedBytes?: number;
  body?: string;
};

function send(port: number, options: Send): Promise<Answer & { sentBytes: number }> {
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    const req = request(
      {
        port,
        path: options.path ?? '/',
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, sentBytes }),
        );
      },
    );
    req.on('error', reject);
    if (options.chunkedBytes === undefined) return void req.end(options.body);
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const pump = () => {
      while (sentBytes < (options.chunkedBytes ?? 0)) {
        sentBytes += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

const direct = guardedServer(0);
const proxied = guardedServer(1);
let directPort = 0;
let proxiedPort = 0;

beforeAll(async () => {
  for (const { server } of [direct, proxied]) {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  }
  directPort = (direct.server.address() as AddressInfo).port;
  proxiedPort = (proxied.server.address() as AddressInfo).port;
});

afterAll(() => {
  for (const { server } of [direct, proxied]) server.close();
});

const lastSeen = (from: { seen: Seen[] }) => from.seen.at(-1);

describe('forwarding headers', () => {
  const forged = {
    'x-forwarded-for': '6.6.6.6',
    'x-forwarded-proto': 'https',
    [CLIENT_ADDRESS_HEADER]: '6.6.6.6',
    'x-real-ip': '6.6.6.6',
  };

  test('without TRUST_PROXY the app sees the socket, whatever the client claims', async () => {
    const answer = await send(directPort, { headers: forged });
    expect(answer.status).toBe(200);
    expect(lastSeen(direct)?.headers).toMatchObject({
      [CLIENT_ADDRESS_HEADER]: '127.0.0.1',
      'x-forwarded-for': '127.0.0.1',
      'x-forwarded-proto': 'http',
    });
    expect(lastSeen(direct)?.headers['x-real-ip']).toBeUndefined();
    expect(answer.headers['strict-transport-security']).toBeUndefined();
  });

  test('with TRUST_PROXY=1 the proxy’s entry counts, never the client’s own', async () => {
    const answer = await send(proxiedPort, {
      headers: { ...forged, 'x-forwarded-for': '6.6.6.6, 203.0.113.9' },
    });
    expect(lastSeen(proxied)?.headers).toMatchObject({
      [CLIENT_ADDRESS_HEADER]: '203.0.113.9',
      'x-forwarded-proto': 'https',
    });
    expect(answer.headers['strict-transport-security']).toMatch(/^max-age=/);
  });
});

describe('security headers on every answer', () => {
  test('framing refused, except under /embed/', async () => {
    const page = await send(directPort, { path: '/sources/x' });
    expect(page.headers).toMatchObject({
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    const embed = await send(directPort, { path: '/embed/metrics/x' });
    expect(embed.headers['x-frame-options']).toBeUndefined();
    const dotted = await send(directPort, { path: '/embed/../editor' });
    expect(dotted.headers['x-frame-options']).toBe('DENY');
  });
});

describe('body limits', () => {
  test('a declared length over the limit gets 413 in the API’s words, and the app never runs', async () => {
    const before = direct.seen.length;
    const answer = await send(directPort, {
      path: '/api/claims',
      method: 'POST',
      headers: { 'content-length': String(MAX_BODY_BYTES + 1), expect: '100-continue' },
      body: '',
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ error: 'too_large', limit_bytes: MAX_BODY_BYTES });
    expect(direct.seen.length).toBe(before);
  });

  test('a chunked body is cut off once past the limit, not read to its end', async () => {
    const before = direct.seen.length;
    const answer = await send(directPort, {
      path: '/editor/login',
      method: 'POST',
      chunkedBytes: 200 * 1024 * 1024,
    }).catch((error: NodeJS.ErrnoException) => ({ status: -1, sentBytes: -1, code: error.code }));
    // The client either reads the 413 or, still writing, finds the connection closed.
    expect([413, -1]).toContain(answer.status);
    if (answer.status === 413) expect(answer.sentBytes).toBeLessThan(200 * 1024 * 1024);
    expect(direct.seen.length).toBe(before);
  });

  test('a chunked body within the limit reaches the app whole', async () => {
    const answer = await send(directPort, {
      path: '/api/claims',
      method: 'POST',
      chunkedBytes: 512 * 1024,
    });
    expect(answer.status).toBe(200);
    expect(lastSeen(direct)?.bodyBytes).toBe(512 * 1024);
    expect(lastSeen(direct)?.headers['content-length']).toBe(String(512 * 1024));
  });

  test('the import page takes a large file only from a client with a session cookie', async () => {
    const size = 3 * 1024 * 1024;
    const body = 'x'.repeat(size);
    const anonymous = await send(directPort, { path: '/editor/import', method: 'POST', body });
    expect(anonymous.status).toBe(413);
    expect(anonymous.body).toMatch(/1 MB/);
    const editor = await send(directPort, {
      path: '/editor/import',
      method: 'POST',
      headers: { cookie: 'tally_session=abc' },
      body,
    });
    expect(editor.status).toBe(200);
    expect(lastSeen(direct)?.bodyBytes).toBe(size);
  });
});
