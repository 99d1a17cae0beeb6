import { beforeAll, describe, expect, test, vi } from 'vitest';
import { GET as exportCsvRoute } from '@/app/api/export.csv/route';
import { GET as exportJsonRoute } from '@/app/api/export.json/route';
import { ExportsBusyError, RateLimitedError } from '@/lib/api/response-schemas';
import { exportStream } from '@/lib/server/api/export-response';
import { exportChunks } from '@/lib/server/csv/export';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/forwarded';
import { EXPORT_SLOTS } from '@/lib/server/http/export-slots';
import { createTestClaims, migrateTestDatabase } from '@/tests/support/test-database';

// Issue 14: ten exports at once must not take minutes, nor twenty slow readers fill memory. An
// export streams only as fast as it is read, and a server streams few at once.

const CLAIMS = 600;
const LONG = 'The ministry said the toll had risen again. '.repeat(100);

beforeAll(async () => {
  await migrateTestDatabase();
  await createTestClaims(
    Array.from({ length: CLAIMS }, (_, n) => ({
      topic: 'load',
      metric: 'load-killed',
      metric_name: 'People killed',
      value: String(1000 + n),
      as_of: new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10),
      claimant: 'Load monitor',
      claimant_kind: 'monitor',
      url: `https://example.org/load/${n}`,
      quote: `${LONG} It is ${1000 + n}.`,
    })),
  );
}, 120_000);

/** exportChunks, counting the rows it has read from the database so far. */
function counted(): { chunks: AsyncGenerator<string>; read: () => number } {
  let rows = 0;
  async function* chunks() {
    for await (const chunk of exportChunks('csv')) {
      rows += 1;
      yield chunk;
    }
  }
  return { chunks: chunks(), read: () => rows };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('an export stream', () => {
  test('reads from the database only as its reader takes pieces', async () => {
    const { chunks, read } = counted();
    const release = vi.fn();
    const reader = exportStream(chunks, release, () => {}).getReader();
    await settle();
    expect(read()).toBe(0);
    const first = await reader.read();
    await settle();
    const perPiece = read();
    expect(first.value?.byteLength).toBeGreaterThanOrEqual(64 * 1024);
    // A piece of about 64 KiB holds a few dozen of these 4.6 KB rows, not the 600 of the export.
    expect(perPiece).toBeLessThan(40);
    await reader.read();
    await settle();
    expect(read()).toBeLessThanOrEqual(2 * perPiece);
    let bytes = 0;
    for (let next = await reader.read(); !next.done; next = await reader.read())
      bytes += next.value.byteLength;
    expect(bytes).toBeGreaterThan(CLAIMS * 4000 - 128 * 1024);
    expect(read()).toBe(CLAIMS + 1);
    expect(release).toHaveBeenCalledTimes(1);
  });

  test('pays for the rows it sends, a thousand rows a unit', async () => {
    const paid: number[] = [];
    const body = exportStream(
      counted().chunks,
      () => {},
      (rows) => paid.push(rows),
    );
    await new Response(body).arrayBuffer();
    expect(paid.reduce((sum, rows) => sum + rows, 0)).toBe(CLAIMS + 1);
  });

  test('ends an export its reader has stopped taking, and frees its slot', async () => {
    const { chunks, read } = counted();
    const release = vi.fn();
    const reader = exportStream(chunks, release, () => {}, 50).getReader();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(release).toHaveBeenCalledTimes(1);
    await expect(reader.read()).rejects.toThrow('not read for too long');
    expect(read()).toBeLessThan(CLAIMS);
  });

  test('a reader that goes away frees its slot', async () => {
    const release = vi.fn();
    const reader = exportStream(counted().chunks, release, () => {}).getReader();
    await reader.read();
    await reader.cancel();
    expect(release).toHaveBeenCalledTimes(1);
  });
});

describe('exports at once', () => {
  const exportAs = (address: string | null, route = exportCsvRoute) =>
    route(
      new Request('http://tally.test/api/export.csv', {
        headers: address ? { [CLIENT_ADDRESS_HEADER]: address } : {},
      }),
    );

  test(`a server streams ${EXPORT_SLOTS.total} at once and answers 503 with Retry-After past that`, async () => {
    const running = [await exportAs(null), await exportAs(null, exportJsonRoute)];
    expect(running.map((r) => r.status)).toEqual([200, 200]);
    const refused = await exportAs(null);
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(ExportsBusyError.parse(await refused.json()).error).toBe('exports_busy');
    // A 304 streams nothing, so it needs no slot.
    const etag = running[0]?.headers.get('etag') ?? '';
    const conditional = await exportCsvRoute(
      new Request('http://tally.test/api/export.csv', { headers: { 'if-none-match': etag } }),
    );
    expect(conditional.status).toBe(304);
    await running[0]?.body?.cancel();
    const next = await exportAs(null);
    expect(next.status).toBe(200);
    // Read a slice of claims at a time, in order all the same.
    const lines = (await next.text()).split('\n');
    expect(lines).toHaveLength(CLAIMS + 2);
    const values = lines.slice(1, -1).map((line) => Number(line.split(',')[6]));
    expect(values).toEqual(Array.from({ length: CLAIMS }, (_, n) => 1000 + n));
    await running[1]?.body?.cancel();
  });

  test('one client streams one at a time: another gets 429, another client gets its own', async () => {
    const first = await exportAs('203.0.113.7');
    expect(first.status).toBe(200);
    const second = await exportAs('203.0.113.7');
    expect(second.status).toBe(429);
    expect(RateLimitedError.parse(await second.json()).retry_after).toBeGreaterThan(0);
    const other = await exportAs('198.51.100.9');
    expect(other.status).toBe(200);
    await Promise.all([first.body?.cancel(), other.body?.cancel()]);
  });
});
