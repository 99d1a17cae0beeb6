import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { seedIfEmpty } from '@/lib/server/seed';
import { findSource, listSourceKeys, sourceKey } from '@/lib/server/sources/match';
import { createTestClaims, migrateTestDatabase } from '@/tests/support/test-database';

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
