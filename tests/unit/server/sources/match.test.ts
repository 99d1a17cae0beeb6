import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { seedIfEmpty } from '@/lib/server/seed';
import { getSourceIdBySlug } from '@/lib/server/claims/queries';
import { SYSTEM_ACTOR } from '@/lib/server/history/revisions';
import { type TableQuery, listTableClaims } from '@/lib/server/metrics/metric-page';
import { getMetricBySlug } from '@/lib/server/metrics/queries';
import { addSourceAlias } from '@/lib/server/sources/aliases';
import {
  findSource,
  findSourceBySlug,
  listSourceKeys,
  sourceKey,
} from '@/lib/server/sources/match';
import { mergeSources } from '@/lib/server/sources/merge';
import { fullTableScans, queryPlan, recordStatements } from '@/tests/support/query-plan';
import { createTestClaims, found, migrateTestDatabase } from '@/tests/support/test-database';

/** What a lookup found; the test fails here when it found nothing. */
const stored = async <T>(lookup: Promise<T | null>, what: string): Promise<T> =>
  found((await lookup) ?? undefined, what);

// The seed stores the Syrian Observatory for Human Rights as 'sohr'.
beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
});

describe('findSource', () => {
  test.each([
    ['its slug', 'sohr'],
    ['its slug in capitals', 'SOHR'],
    ['its name', 'Syrian Observatory for Human Rights'],
    ['its name in another case', 'syrian observatory FOR human rights'],
  ])('finds a source by %s', async (_, name) => {
    expect(await findSource(db, name)).toMatchObject({
      slug: 'sohr',
      name: 'Syrian Observatory for Human Rights',
    });
  });

  test.each([
    ['a part of its name', 'Syrian Observatory'],
    ['the slug its name would give', 'syrian-observatory-for-human-rights'],
  ])('does not take %s for the source', async (_, name) => {
    expect(await findSource(db, name)).toBeNull();
  });

  test('leaves out the source named by except', async () => {
    const sohr = await findSource(db, 'sohr');
    expect(sohr).not.toBeNull();
    expect(await findSource(db, 'SOHR', { except: sohr?.id })).toBeNull();
  });
});

test('listSourceKeys holds every slug and every lowercased name', async () => {
  const keys = await listSourceKeys(db);
  expect(keys.has('sohr')).toBe(true);
  expect(keys.has('syrian observatory for human rights')).toBe(true);
  expect(keys.has('Syrian Observatory for Human Rights')).toBe(false);
});

describe('names beyond ASCII', () => {
  // SQLite's lower() folds ASCII only: the key made in memory must be the one the database makes,
  // or a source stored under a Cyrillic name is not found by that very name.
  const NAME = 'Офіс Генерального прокурора України (OGP)';

  beforeAll(async () => {
    await createTestClaims([
      {
        metric: 'syria-coast-killed',
        value: '1',
        as_of: '2025-03-01',
        title: 'Report',
        claimant: NAME,
        claimant_kind: 'government',
      },
    ]);
  });

  test('a source is found by its own name, and its key is the stored one', async () => {
    expect(await findSource(db, NAME)).toMatchObject({ name: NAME });
    expect(await findSource(db, NAME.replace('OGP', 'ogp'))).toMatchObject({ name: NAME });
    expect((await listSourceKeys(db)).has(sourceKey(NAME))).toBe(true);
  });

  test('only ASCII letters are folded, as SQLite folds them', () => {
    expect(sourceKey('ÉTAT Офіс ABC')).toBe('État Офіс abc');
  });
});

describe('aliases and merged sources', () => {
  // Two sources found to be one: the UN office, known also as OHCHR, and a second entry for it.
  const office = (fields: Record<string, string>) => ({
    metric: 'gaza-killed',
    as_of: '2025-05-01',
    title: 'UN update',
    claimant_kind: 'un_agency',
    ...fields,
  });

  beforeAll(async () => {
    await createTestClaims([
      office({ value: '50000', claimant: 'UN Human Rights Office', url: 'https://example.org/u' }),
      office({ value: '50100', claimant: 'UN rights office', url: 'https://example.org/r' }),
    ]);
    await addSourceAlias('un-human-rights-office', 'OHCHR', SYSTEM_ACTOR);
    await addSourceAlias('un-rights-office', 'Rights Office (UN)', SYSTEM_ACTOR);
    await mergeSources('un-rights-office', 'un-human-rights-office', 'One office', SYSTEM_ACTOR);
  });

  test.each([
    ['an alias', 'OHCHR'],
    ['an alias in another case', 'ohchr'],
    ["a merged source's slug", 'un-rights-office'],
    ["a merged source's name, in capitals", 'UN RIGHTS OFFICE'],
    ["a merged source's own alias", 'rights office (un)'],
  ])('finds the surviving source by %s', async (_, name) => {
    expect(await findSource(db, name)).toMatchObject({ slug: 'un-human-rights-office' });
  });

  test('except leaves out the survivor, whatever name found it', async () => {
    const survivor = await findSource(db, 'un-human-rights-office');
    expect(await findSource(db, 'un-rights-office', { except: survivor?.id })).toBeNull();
  });

  test('findSourceBySlug gives the merged row itself, with the slug it was merged into', async () => {
    expect(await findSourceBySlug(db, 'UN-Rights-Office')).toMatchObject({
      slug: 'un-rights-office',
      name: 'UN rights office',
      mergedInto: { slug: 'un-human-rights-office' },
    });
    expect(await findSourceBySlug(db, 'un-human-rights-office')).toMatchObject({
      mergedInto: null,
    });
    // Only slugs: a name or an alias is not a slug.
    expect(await findSourceBySlug(db, 'OHCHR')).toBeNull();
  });

  test('listSourceKeys holds every alias, lowercased', async () => {
    const keys = await listSourceKeys(db);
    expect(keys.has('ohchr')).toBe(true);
    expect(keys.has('rights office (un)')).toBe(true);
  });

  test("the API's claimant filter and the metric table's take an old slug for the survivor", async () => {
    const survivor = await findSource(db, 'un-human-rights-office');
    expect(await getSourceIdBySlug('un-rights-office')).toBe(survivor?.id);
    expect(await getSourceIdBySlug('ohchr')).toBe(survivor?.id);
    const metric = await stored(getMetricBySlug('gaza-killed'), 'gaza-killed');
    const table = (claimant: string) =>
      listTableClaims(metric.id, { ...EVERY_ROW, claimant }).then((page) =>
        page.rows.map((row) => row.value),
      );
    expect(await table('un-rights-office')).toEqual([50000, 50100]);
    expect(await table('OHCHR')).toEqual([50000, 50100]);
    expect(await table('nobody-at-all')).toEqual([]);
  });

  test('a lookup by name or alias reads no table end to end', async () => {
    const statements = await recordStatements(() => findSource(db, 'Rights Office (UN)'));
    const plan = (await Promise.all(statements.map(queryPlan))).flat();
    expect(fullTableScans(plan)).toEqual([]);
    expect(plan.join('\n')).toContain('source_aliases_name_nocase_idx');
  });
});

const EVERY_ROW: TableQuery = {
  status: 'active',
  claimant: null,
  order: 'asc',
  page: 1,
  from: null,
  to: null,
};
