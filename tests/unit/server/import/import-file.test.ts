import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { claimRevisions, claims, metrics } from '@/db/schema';
import { retractClaim } from '@/lib/server/claims/edits';
import { exportChunks } from '@/lib/server/csv/export';
import { UsageError } from '@/lib/errors';
import { importFile } from '@/lib/server/import/import-file';
import { seedIfEmpty } from '@/lib/server/seed';
import { migrateTestDatabase } from '@/tests/support/test-database';

const FIXTURES = 'tests/fixtures/import';
const GAZA = 'tests/fixtures/import/gaza-first90.csv';
const actor = { editorId: null };
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'tally-import-'));

async function claimCount(): Promise<number> {
  const [row] = await db.select({ n: count() }).from(claims);
  return row?.n ?? 0;
}

async function exportText(format: 'csv' | 'json' = 'csv'): Promise<string> {
  let text = '';
  for await (const chunk of exportChunks(format)) text += chunk;
  return text;
}

/** The CLI on another database, as an operator runs it. */
function tally(databaseFile: string, args: string[], nodeOptions = '') {
  const result = spawnSync(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'lib/cli/main.ts', ...args],
    {
      env: { ...process.env, DATABASE_URL: `file:${databaseFile}`, NODE_OPTIONS: nodeOptions },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
});

describe('importing real data', () => {
  test('imports the Gaza file, and importing it again inserts nothing', async () => {
    const first = await importFile(GAZA, { actor });
    expect(first).toMatchObject({
      rows: 264,
      inserted: 264,
      present: 0,
      rejected: [],
      wrote: true,
    });
    const second = await importFile(GAZA, { actor });
    expect(second).toMatchObject({ inserted: 0, present: 264, rejected: [] });
    expect(await claimCount()).toBe(5 + 264);
  });

  test('export → import into an empty database → export gives the same bytes', async () => {
    const [women] = await db
      .select({ id: claims.id })
      .from(claims)
      .innerJoin(metrics, eq(metrics.id, claims.metricId))
      .where(eq(metrics.slug, 'gaza-killed-women'))
      .limit(1);
    if (!women) throw new Error('the Gaza file has no gaza-killed-women claim');
    await retractClaim(women.id, 'Test: a retracted claim travels too', actor);

    const dir = tempDir();
    const original = await exportText();
    expect(original).toContain(',retracted\n');
    writeFileSync(path.join(dir, 'export.csv'), original);
    const imported = tally(path.join(dir, 'copy.db'), ['import', path.join(dir, 'export.csv')]);
    expect(imported.stdout).toContain(
      '269 inserted, 0 appearances added, 0 already present, 0 rejected',
    );
    expect(imported.status).toBe(0);
    const again = tally(path.join(dir, 'copy.db'), [
      'export',
      '--out',
      path.join(dir, 'again.csv'),
    ]);
    expect(again.status).toBe(0);
    expect(readFileSync(path.join(dir, 'again.csv'), 'utf8')).toBe(original);

    const json = await exportText('json');
    writeFileSync(path.join(dir, 'export.json'), json);
    expect(
      tally(path.join(dir, 'from-json.db'), ['import', path.join(dir, 'export.json')]).status,
    ).toBe(0);
    expect(tally(path.join(dir, 'from-json.db'), ['export', '--format', 'json']).stdout).toBe(json);
  }, 60_000); // four CLI runs, each starting tsx: slow on a loaded machine
});

describe('bad input', () => {
  test('reports every bad row with its line and reason, and writes nothing', async () => {
    const before = await claimCount();
    const report = await importFile(`${FIXTURES}/bad-rows.csv`, { actor });
    expect(report.wrote).toBe(false);
    expect(report.rejected.map((r) => `${r.position}: ${r.field}`)).toEqual([
      'line 3: qualifier',
      'line 4: as_of',
      'line 5: value',
      'line 6: value',
      'line 7: url',
      'line 8: url',
      'line 9: claimant',
      'line 10: as_of',
      'line 11: metric',
      'line 12: claimant',
    ]);
    expect(report.rejected.find((r) => r.position === 'line 7')?.message).toBe(
      'Use an http:// or https:// link',
    );
    expect(await claimCount()).toBe(before);
  });

  test('--skip-invalid writes the good rows and reports the rest', async () => {
    const report = await importFile(`${FIXTURES}/bad-rows.csv`, { actor, skipInvalid: true });
    expect(report).toMatchObject({ inserted: 1, wrote: true });
    expect(new Set(report.rejected.map((r) => r.position)).size).toBe(10);
  });

  test('a dry run writes nothing', async () => {
    const before = await claimCount();
    const report = await importFile(`${FIXTURES}/forward-parent.csv`, { actor, dryRun: true });
    expect(report).toMatchObject({ rows: 2, rejected: [], wrote: false });
    expect(await claimCount()).toBe(before);
  });

  test('a row may name a parent metric that a later row creates', async () => {
    const report = await importFile(`${FIXTURES}/forward-parent.csv`, { actor });
    expect(report).toMatchObject({ inserted: 2, rejected: [] });
    const [child] = await db.select().from(metrics).where(eq(metrics.slug, 'killed-children'));
    const [parent] = await db.select().from(metrics).where(eq(metrics.slug, 'killed-total'));
    expect(parent).toBeDefined();
    expect(child?.parentId).toBe(parent?.id);
  });

  test('JSON: rows by element index, names or slugs for sources, numbers or text for values', async () => {
    const report = await importFile(`${FIXTURES}/good.json`, { actor });
    expect(report.rejected).toEqual([
      { position: 'element 2', field: 'value', message: 'Enter a number like 1,250 or 12.5' },
    ]);
    const withSkip = await importFile(`${FIXTURES}/good.json`, { actor, skipInvalid: true });
    expect(withSkip).toMatchObject({ inserted: 2 });
  });

  test.each([
    ['empty.csv', /is empty/],
    ['header-only.csv', /has no rows, only a header/],
    ['latin1.csv', /not UTF-8/],
  ])('%s cannot be imported at all', async (file, message) => {
    await expect(importFile(`${FIXTURES}/${file}`, { actor })).rejects.toThrow(UsageError);
    await expect(importFile(`${FIXTURES}/${file}`, { actor })).rejects.toThrow(message);
  });

  test('the CLI exits 1 for rejected rows and 2 for a file it cannot read', () => {
    const dir = tempDir();
    const bad = tally(path.join(dir, 'cli.db'), ['import', `${FIXTURES}/bad-rows.csv`]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('line 7: url: Use an http:// or https:// link');
    expect(tally(path.join(dir, 'cli.db'), ['import', `${FIXTURES}/empty.csv`]).status).toBe(2);
    expect(tally(path.join(dir, 'cli.db'), ['import', `${FIXTURES}/nope.csv`]).status).toBe(2);
  }, 60_000);
});

describe('interrupted and large imports', () => {
  test('an import stopped after some batches leaves whole batches, and running it again completes it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'series.csv');
    const header = readFileSync(GAZA, 'utf8').split('\n')[0];
    const rows = Array.from({ length: 250 }, (_, i) => {
      const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
      return `series,resumed,Resumed series,people,cumulative,,${1000 + i},,,,${day},,,Resume Monitor,monitor,,,reported,,https://example.org/r/${i},Report ${i},,,,,${1000 + i} in all.,,`;
    });
    writeFileSync(file, `${header}\n${rows.join('\n')}\n`);
    const revisionCount = async () => (await db.select({ n: count() }).from(claimRevisions))[0]?.n;
    const revisionsBefore = (await revisionCount()) ?? 0;

    const stopped = await importFile(file, { actor, batchSize: 100, stopAfterBatches: 2 });
    expect(stopped.inserted).toBe(200);
    const revisionsAfter = (await revisionCount()) ?? 0;
    expect(revisionsAfter - revisionsBefore).toBe(200);

    const resumed = await importFile(file, { actor, batchSize: 100 });
    expect(resumed).toMatchObject({ inserted: 50, present: 200, rejected: [] });
  });

  test('a 100 MB file is checked whole with the heap capped at 256 MB', () => {
    const dir = tempDir();
    const file = path.join(dir, 'large.csv');
    const header = readFileSync(GAZA, 'utf8').split('\n')[0];
    const lines = [header];
    for (let i = 0; i < 600_000; i++) {
      lines.push(
        `large,metric-${i % 100},Metric ${i % 100},people,cumulative,,${i},,,,2021-01-01,,,Large Monitor,monitor,,,reported,,https://example.org/large/${i % 5000},Report ${i % 5000},,,,,The monitor counted ${i} people in this report.,,`,
      );
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    const result = tally(
      path.join(dir, 'large.db'),
      ['import', file, '--dry-run'],
      '--max-old-space-size=256',
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('600000 rows read, 600000 valid, 0 rejected');
    expect(result.status).toBe(0);
  }, 180_000);
});
