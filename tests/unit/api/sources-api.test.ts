import { beforeAll, describe, expect, test } from 'vitest';
import { GET as getSourceRoute } from '@/app/api/sources/[slug]/route';
import { db } from '@/db/client';
import { NotFoundError, SourceResponse } from '@/lib/api/response-schemas';
import { SYSTEM_ACTOR } from '@/lib/server/history/revisions';
import { seedIfEmpty } from '@/lib/server/seed';
import { addSourceAlias } from '@/lib/server/sources/aliases';
import { mergeSources } from '@/lib/server/sources/merge';
import { createTestClaims, migrateTestDatabase } from '@/tests/support/test-database';

const get = (slug: string, headers: HeadersInit = {}) =>
  getSourceRoute(new Request(`http://tally.test/api/sources/${slug}`, { headers }), {
    params: Promise.resolve({ slug }),
  });

const report = (claimant: string, value: string) => ({
  metric: 'gaza-killed',
  value,
  as_of: '2025-05-01',
  claimant,
  claimant_kind: 'un_agency',
  url: `https://example.org/${value}`,
  title: 'UN update',
});

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
  await createTestClaims([
    report('UN Human Rights Office', '50000'),
    report('Office of the High Commissioner', '50100'),
  ]);
  await addSourceAlias('un-human-rights-office', 'OHCHR', SYSTEM_ACTOR);
  await mergeSources(
    'office-of-the-high-commissioner',
    'un-human-rights-office',
    'One office',
    SYSTEM_ACTOR,
  );
});

describe('GET /api/sources/[slug]', () => {
  test('answers who the source is, with the other names it answers to', async () => {
    const response = await get('un-human-rights-office');
    expect(response.status).toBe(200);
    expect(SourceResponse.parse(await response.json())).toEqual({
      source: {
        slug: 'un-human-rights-office',
        name: 'UN Human Rights Office',
        kind: 'un_agency',
        description: null,
        url: null,
        aliases: ['OHCHR', 'Office of the High Commissioner'],
        merged_into: null,
      },
    });
  });

  test("a merged source's slug answers its own record, naming the source it was merged into", async () => {
    const response = await get('office-of-the-high-commissioner');
    expect(response.status).toBe(200);
    expect(SourceResponse.parse(await response.json()).source).toMatchObject({
      slug: 'office-of-the-high-commissioner',
      name: 'Office of the High Commissioner',
      aliases: [],
      merged_into: 'un-human-rights-office',
    });
  });

  test('the seed source has no aliases and is not merged', async () => {
    const { source } = SourceResponse.parse(await (await get('sohr')).json());
    expect(source).toMatchObject({ slug: 'sohr', kind: 'monitor', aliases: [], merged_into: null });
  });

  test.each(['nobody', 'OHCHR'])('answers 404 for %s, which is no slug', async (slug) => {
    const response = await get(slug);
    expect(response.status).toBe(404);
    expect(NotFoundError.parse(await response.json())).toEqual({ error: 'not_found' });
  });

  test('answers 304 to the ETag it gave, and a new body after a write', async () => {
    const first = await get('sohr');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await get('sohr', { 'if-none-match': etag ?? '' })).status).toBe(304);
    await addSourceAlias('sohr', 'Syrian Observatory', SYSTEM_ACTOR);
    const after = await get('sohr', { 'if-none-match': etag ?? '' });
    expect(after.status).toBe(200);
    expect(SourceResponse.parse(await after.json()).source.aliases).toEqual(['Syrian Observatory']);
  });
});
