import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { GET as getClaimRoute } from '@/app/api/claims/[id]/route';
import { GET as exportCsvRoute } from '@/app/api/export.csv/route';
import { GET as getMetricRoute } from '@/app/api/metrics/[slug]/route';
import { GET as listClaimsRoute } from '@/app/api/metrics/[slug]/claims/route';
import { GET as getSourceRoute } from '@/app/api/sources/[slug]/route';
import { db } from '@/db/client';
import { claims, dataVersion } from '@/db/schema';
import { ClaimsPageResponse } from '@/lib/api/response-schemas';
import { seedIfEmpty } from '@/lib/server/seed';
import { createTestClaims, migrateTestDatabase } from '@/tests/support/test-database';

// Issue 14: a 304 only where the same request would have answered 200, and answers kept and
// tagged by what they depend on (the parsed query), never by the raw URL.

const get = (path: string, headers: HeadersInit = {}) =>
  new Request(`http://tally.test${path}`, { headers });
const params = <T extends object>(value: T) => ({ params: Promise.resolve(value) });
const claimsOf = (slug: string, query: string, headers: HeadersInit = {}) =>
  listClaimsRoute(get(`/api/metrics/${slug}/claims${query}`, headers), params({ slug }));
const values = async (response: Response) =>
  ClaimsPageResponse.parse(await response.json()).claims.map((c) => c.value);

/** Changes a stored figure behind the caches' back: the data version stays as it was. */
async function changeQuietly(value: number, newValue: number): Promise<void> {
  await db.update(claims).set({ value: newValue }).where(eq(claims.value, value));
}
const bumpVersion = () => db.update(dataVersion).set({ version: sql`${dataVersion.version} + 1` });

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
  await createTestClaims(
    [1, 2, 3, 4, 5].map((day) => ({
      metric: 'gaza-killed',
      value: String(60000 + day),
      as_of: `2025-06-0${day}`,
      claimant: 'Gaza Ministry of Health',
      claimant_kind: 'ministry',
      url: `https://example.org/moh/2025-06-0${day}`,
    })),
  );
});

describe('If-None-Match', () => {
  const ANY = { 'if-none-match': '*' };
  test.each([
    ['an unknown metric', () => claimsOf('nope', '', ANY), 404],
    ['a bad parameter', () => claimsOf('gaza-killed', '?limit=0', ANY), 400],
    ['a bad parameter of an unknown metric', () => claimsOf('nope', '?limit=0', ANY), 404],
    ['an unknown claimant', () => claimsOf('gaza-killed', '?claimant=nobody', ANY), 400],
    ['an unknown metric page', () => getMetricRoute(get('/x', ANY), params({ slug: 'nope' })), 404],
    ['an unknown claim', () => getClaimRoute(get('/x', ANY), params({ id: '999' })), 404],
    ['a malformed claim id', () => getClaimRoute(get('/x', ANY), params({ id: '1e3' })), 404],
    ['an unknown source', () => getSourceRoute(get('/x', ANY), params({ slug: 'nobody' })), 404],
    [
      'an export of an unknown metric',
      () => exportCsvRoute(get('/api/export.csv?metric=nope', ANY)),
      404,
    ],
    [
      'an export of a malformed metric',
      () => exportCsvRoute(get('/api/export.csv?metric=A%20B', ANY)),
      400,
    ],
  ])('of * does not hide %s', async (_name, ask, status) => {
    const response = await ask();
    expect(response.status).toBe(status);
    expect(response.headers.get('etag')).toBeNull();
  });

  test('the tag of a good answer does not hide a 404 or a 400 either', async () => {
    const tag = (await claimsOf('gaza-killed', '')).headers.get('etag') ?? '';
    expect((await claimsOf('gaza-killed', '', { 'if-none-match': tag })).status).toBe(304);
    expect((await claimsOf('nope', '', { 'if-none-match': tag })).status).toBe(404);
    expect((await claimsOf('gaza-killed', '?cursor=x', { 'if-none-match': tag })).status).toBe(400);
  });

  test('answers 304 to * and to a matching tag, weak or in a list, where the answer is a 200', async () => {
    const tag = (await claimsOf('gaza-killed', '?limit=3')).headers.get('etag') ?? '';
    for (const header of ['*', tag, `W/${tag}`, `"other", ${tag}`]) {
      const response = await claimsOf('gaza-killed', '?limit=3', { 'if-none-match': header });
      expect(response.status).toBe(304);
      expect(response.headers.get('etag')).toBe(tag);
    }
  });
});

describe('the key of an answer is its parsed query', () => {
  const tagOf = async (query: string) =>
    (await claimsOf('gaza-killed', query)).headers.get('etag') ?? '';

  test('a tag names the answer: another page of the same data has another tag', async () => {
    const two = await tagOf('?limit=2');
    expect(await tagOf('?limit=3')).not.toBe(two);
    expect((await claimsOf('gaza-killed', '?limit=3', { 'if-none-match': two })).status).toBe(200);
  });

  test('the same query written differently, or with unknown parameters, has the same tag', async () => {
    const tag = await tagOf('?from=2025-06-02&limit=2');
    for (const query of [
      '?limit=2&from=2025-06-02',
      '?limit=02&from=2025-06-02&x=1',
      '?from=2025-06-02&limit=2&limit=9&to=',
    ]) {
      expect(await tagOf(query)).toBe(tag);
    }
    expect(await tagOf('?limit=1000')).toBe(await tagOf('?utm_source=feed'));
  });

  test('an unknown parameter is answered from the kept answer, not built again', async () => {
    expect(await values(await claimsOf('gaza-killed', '?from=2025-06-04'))).toEqual([60004, 60005]);
    await changeQuietly(60004, 70004);
    try {
      for (const extra of ['&x=1', '&x=2', '&cache_buster=3']) {
        const again = await claimsOf('gaza-killed', `?from=2025-06-04${extra}`);
        expect(await values(again)).toEqual([60004, 60005]);
      }
      await bumpVersion();
      // A write anywhere moves the version on: the next answer is built from the data.
      expect(await values(await claimsOf('gaza-killed', '?from=2025-06-04&x=4'))).toEqual([
        70004, 60005,
      ]);
    } finally {
      await changeQuietly(70004, 60004);
      await bumpVersion();
    }
  });
});
