import { beforeAll, describe, expect, test } from 'vitest';
import { GET as listClaimsRoute } from '@/app/api/metrics/[slug]/claims/route';
import { ClaimsPageResponse, RateLimitedError } from '@/lib/api/response-schemas';
import { MAX_PAGE_BYTES } from '@/lib/server/api/claims-page';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/forwarded';
import { READ_LIMITS } from '@/lib/server/http/rate-limit';
import { createTestClaims, migrateTestDatabase } from '@/tests/support/test-database';

// Issue 14: one anonymous client must not saturate the server. A page's answer is bounded in
// size, and a client that keeps asking for answers that must be built is told to wait.

const CLAIMS = 1800;
// A quote and notes at their 5,000-character limit: about 10 KB of JSON a claim.
const LONG = 'x'.repeat(4990);

beforeAll(async () => {
  await migrateTestDatabase();
  await createTestClaims(
    Array.from({ length: CLAIMS }, (_, n) => ({
      topic: 'load',
      metric: 'long-killed',
      metric_name: 'People killed',
      value: String(1000 + n),
      as_of: new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10),
      claimant: 'Load monitor',
      claimant_kind: 'monitor',
      url: `https://example.org/long/${n}`,
      quote: `${LONG} ${1000 + n}`,
      notes: LONG,
    })),
  );
}, 120_000);

const list = (query: string, address?: string) =>
  listClaimsRoute(
    new Request(`http://tally.test/api/metrics/long-killed/claims${query}`, {
      headers: address ? { [CLIENT_ADDRESS_HEADER]: address } : {},
    }),
    { params: Promise.resolve({ slug: 'long-killed' }) },
  );

describe('a page of claims', () => {
  test('stops short of its limit before its answer passes 16 MiB, and its cursor goes on', async () => {
    const first = await list('?limit=10000');
    const bytes = (await first.clone().arrayBuffer()).byteLength;
    const page = ClaimsPageResponse.parse(await first.json());
    expect(bytes).toBeLessThanOrEqual(MAX_PAGE_BYTES);
    expect(bytes).toBeGreaterThan(MAX_PAGE_BYTES - 64 * 1024);
    expect(page.claims.length).toBeLessThan(CLAIMS);
    expect(page.next_cursor).not.toBeNull();
    const rest = ClaimsPageResponse.parse(
      await (await list(`?limit=10000&cursor=${page.next_cursor}`)).json(),
    );
    expect(rest.next_cursor).toBeNull();
    const values = [...page.claims, ...rest.claims].map((claim) => claim.value);
    expect(values).toEqual(Array.from({ length: CLAIMS }, (_, n) => 1000 + n));
  });

  test('within the size, holds exactly `limit` claims', async () => {
    const page = ClaimsPageResponse.parse(await (await list('?limit=700')).json());
    expect(page.claims).toHaveLength(700);
    expect(page.next_cursor).not.toBeNull();
  });
});

describe('reads that must be built, per client', () => {
  const day = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);

  test('a client asking for new large pages again and again gets 429 with Retry-After', async () => {
    const statuses: number[] = [];
    let refused: Response | undefined;
    // Each costs about 10 of the 60 a client holds; the client gains one a second.
    for (let n = 0; n < 12 && !refused; n++) {
      const response = await list(`?limit=10000&from=${day(1700 + n)}`, '192.0.2.10');
      statuses.push(response.status);
      if (response.status === 429) refused = response;
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(refused?.status).toBe(429);
    const wait = Number(refused?.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(Math.ceil(10.1 / READ_LIMITS.perSecond));
    expect(RateLimitedError.parse(await refused?.json()).retry_after).toBe(wait);

    // An answer already kept costs nothing: the client still gets it.
    expect((await list(`?limit=10000&from=${day(1700)}&again=1`, '192.0.2.10')).status).toBe(200);
    // Another client is not held back by this one.
    expect((await list(`?limit=10000&from=${day(1790)}`, '192.0.2.11')).status).toBe(200);
  });

  test('a request that did not come through Tally’s server has no client to limit', async () => {
    for (let n = 0; n < 8; n++)
      expect((await list(`?limit=10000&from=${day(1750 + n)}`)).status).toBe(200);
  });
});
