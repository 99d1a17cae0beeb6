import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';

// A database written by the code before appearances existed (see tests/fixtures/README.md),
// copied over this file's temp database before anything opens it.
const FIXTURE = 'tests/fixtures/migration/pre-appearances.db.gz';
const target = fileURLToPath(process.env.DATABASE_URL ?? '');

type Row = Record<string, unknown>;
let before: { claims: Row[]; revisions: Row[] };
let all: (query: string) => Promise<Row[]>;

beforeAll(async () => {
  writeFileSync(target, gunzipSync(readFileSync(FIXTURE)));
  const { db } = await import('@/db/client');
  const { sql } = await import('drizzle-orm');
  all = (query) => db.all<Row>(sql.raw(query));
  before = {
    claims: await all('SELECT * FROM claims ORDER BY id'),
    revisions: await all('SELECT * FROM claim_revisions ORDER BY id'),
  };
  const { migrateTestDatabase } = await import('@/tests/support/test-database');
  await migrateTestDatabase();
});

describe('migrating a database from before appearances', () => {
  test('keeps every claim with its document, quote and figure', async () => {
    expect(before.claims).toHaveLength(534);
    const after = await all('SELECT * FROM claims ORDER BY id');
    expect(after).toHaveLength(before.claims.length);
    const keep = ({
      id,
      value,
      qualifier,
      as_of,
      claimant_id,
      document_id,
      quote,
      notes,
    }: Row) => ({
      id,
      value,
      qualifier,
      as_of,
      claimant_id,
      document_id,
      quote,
      notes,
    });
    expect(after.map(keep)).toEqual(before.claims.map(keep));
  });

  test('gives every claim its own document as an appearance', async () => {
    const own = await all(`SELECT count(*) AS n FROM claims c JOIN claim_appearances a
      ON a.claim_id = c.id AND a.document_id = c.document_id AND a.quote IS c.quote`);
    expect(own[0]?.n).toBe(534);
  });

  test('keeps every revision as it was, and adds the merges', async () => {
    const after = await all('SELECT * FROM claim_revisions ORDER BY id');
    // The old rows gain only the new column, empty.
    const old = after.slice(0, before.revisions.length);
    expect(old.map(({ appearance_id, ...rest }) => [appearance_id, rest])).toEqual(
      before.revisions.map((row) => [null, row]),
    );
    const added = after.slice(before.revisions.length);
    const count = (action: string) => added.filter((r) => r.action === action).length;
    // 264 relayed rows and one wire story: each merged, each adding an appearance.
    expect(count('merge')).toBe(265);
    expect(count('appearance')).toBe(265);
    expect(added).toHaveLength(530);
  });

  test('merges the exact duplicates into the oldest, which now appear in both documents', async () => {
    const merged = await all(`SELECT c.id, c.merged_into, s.status AS survivor_status,
        s.appearance_count, s.created_at <= c.created_at AS older
      FROM claims c JOIN claims s ON s.id = c.merged_into WHERE c.status = 'merged'`);
    expect(merged).toHaveLength(265);
    for (const row of merged) {
      expect(row).toMatchObject({ survivor_status: 'active', appearance_count: 2, older: 1 });
      expect(Number(row.merged_into)).toBeLessThan(Number(row.id));
    }
    const active = await all(`SELECT count(*) AS n FROM claims WHERE status = 'active'`);
    expect(active[0]?.n).toBe(534 - 265 - 1);
    const documents = await all(`SELECT count(DISTINCT document_id) AS n FROM claim_appearances`);
    expect(documents[0]?.n).toBe(4);
  });

  test('the API shows a merged claim pointing at its survivor, and the survivor with both documents', async () => {
    const { getClaimDetail } = await import('@/lib/server/claims/queries');
    const [pair] = await all(
      `SELECT id, merged_into FROM claims WHERE status = 'merged' ORDER BY id DESC LIMIT 1`,
    );
    const merged = await getClaimDetail(Number(pair?.id));
    expect(merged).toMatchObject({ status: 'merged', merged_into: pair?.merged_into });
    const survivor = await getClaimDetail(Number(pair?.merged_into));
    expect(survivor?.appearance_count).toBe(2);
    expect(survivor?.appearances.map((a) => [a.title, a.first])).toEqual([
      [
        'Iran Condemns Deadly Violence in Syria Against Minority Groups, Urges End to Massacre',
        true,
      ],
      ['Wire story', false],
    ]);
  });

  test('runs the merge once: opening the database again changes nothing', async () => {
    const revisions = await all('SELECT count(*) AS n FROM claim_revisions');
    const { migrateTestDatabase } = await import('@/tests/support/test-database');
    await migrateTestDatabase();
    expect(await all('SELECT count(*) AS n FROM claim_revisions')).toEqual(revisions);
  });
});
