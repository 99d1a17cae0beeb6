import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { claimAppearances, claims } from '@/db/schema';
import { exportChunks } from '@/lib/server/csv/export';
import { importFile } from '@/lib/server/import/import-file';
import { migrateTestDatabase } from '@/tests/support/test-database';

// The largest real file, then the same figures as another document relayed them.
const GAZA = 'tests/fixtures/import/gaza-first90.csv';
const ORIGINAL =
  'https://data.techforpalestine.org/api/v2/casualties_daily.json,Daily casualties dataset,Tech for Palestine';
const RELAYED = 'https://relay.example.org/gaza-daily,Daily casualties relayed,Relay Desk';
const actor = { editorId: null };
const dir = mkdtempSync(path.join(tmpdir(), 'tally-appearances-'));
const relayFile = path.join(dir, 'relayed.csv');

beforeAll(async () => {
  await migrateTestDatabase();
  const text = readFileSync(GAZA, 'utf8');
  expect(text.split(ORIGINAL).length - 1).toBe(264);
  writeFileSync(relayFile, text.replaceAll(ORIGINAL, RELAYED));
});

const total = async (table: typeof claims | typeof claimAppearances) =>
  (await db.select({ n: count() }).from(table))[0]?.n;

async function exportText(): Promise<string> {
  let text = '';
  for await (const chunk of exportChunks('csv')) text += chunk;
  return text;
}

function tally(databaseFile: string, args: string[]) {
  return spawnSync(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'lib/cli/main.ts', ...args],
    {
      env: { ...process.env, DATABASE_URL: `file:${databaseFile}` },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
}

describe('one file imported from two documents', () => {
  test('the second document adds appearances, not claims; a third run adds nothing', async () => {
    expect(await importFile(GAZA, { actor })).toMatchObject({ inserted: 264, appearances: 0 });
    expect(await importFile(relayFile, { actor })).toMatchObject({
      inserted: 0,
      appearances: 264,
      present: 0,
      rejected: [],
    });
    expect(await importFile(relayFile, { actor })).toMatchObject({
      inserted: 0,
      appearances: 0,
      present: 264,
    });
    expect(await total(claims)).toBe(264);
    expect(await total(claimAppearances)).toBe(528);
    const counts = await db
      .selectDistinct({ n: claims.appearanceCount })
      .from(claims)
      .where(eq(claims.status, 'active'));
    expect(counts).toEqual([{ n: 2 }]);
  });

  test('export writes a row per appearance, and export → import → export gives the same bytes', async () => {
    const original = await exportText();
    const lines = original.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 528);
    // Each claim's rows are together, its first appearance first.
    expect(lines[1]).toContain('data.techforpalestine.org');
    expect(lines[2]).toContain('relay.example.org');
    expect(lines[1]?.split(',').slice(0, 11)).toEqual(lines[2]?.split(',').slice(0, 11));

    writeFileSync(path.join(dir, 'export.csv'), original);
    const copy = path.join(dir, 'copy.db');
    const imported = tally(copy, ['import', path.join(dir, 'export.csv')]);
    expect(imported.stdout).toContain('264 inserted, 264 appearances added, 0 already present');
    expect(imported.status).toBe(0);
    const again = tally(copy, ['export']);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(original);
  }, 60_000);
});
