import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { claims } from '@/db/schema';
import { REJECTIONS_IN_FULL } from '@/lib/import/import-report';
import { importFile } from '@/lib/server/import/import-file';
import { migrateTestDatabase } from '@/tests/support/test-database';

// A hostile file of the kind that took the site down: a megabyte of rows that are all bad, each
// missing five fields. The header names what the last, good, row needs.
const HEADER = 'metric,metric_name,topic,value,as_of,title,attribution';
const BAD_ROW = ',,,,,,\n';
const BAD_ROWS = Math.floor((1024 * 1024) / BAD_ROW.length);
const GOOD_ROW = 'bounded-killed,People killed,bounded,5,2024-01-01,Report,unattributed\n';
const FIELDS_MISSING = ['metric', 'value', 'as_of', 'claimant', 'url'];

const actor = { editorId: null };
const badFile = (rows: number) => ({
  name: 'bad.csv',
  bytes: new TextEncoder().encode(`${HEADER}\n${BAD_ROW.repeat(rows)}${GOOD_ROW}`),
});
const upload = badFile(BAD_ROWS);
// Enough bad rows to pass the ones given in full, few enough for a test that only counts them.
const SOME_ROWS = 5 * REJECTIONS_IN_FULL;

async function claimCount(): Promise<number> {
  const [row] = await db.select({ n: count() }).from(claims);
  return row?.n ?? 0;
}

/** The longest the event loop went without running a timer while `work` ran. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  try {
    return { result: await work(), stallMs };
  } finally {
    clearInterval(timer);
  }
}

beforeAll(async () => {
  await migrateTestDatabase();
});

describe('a file of a million bad rows', () => {
  test('is checked whole with a report of the first rejections and counts by field, while timers go on running', async () => {
    const { result: report, stallMs } = await longestStall(() =>
      importFile(upload, { actor, dryRun: true }),
    );
    expect(report).toMatchObject({ rows: BAD_ROWS + 1, rejectedRows: BAD_ROWS, wrote: false });
    expect(report.stopped).toBe(false);
    expect(report.rejected).toHaveLength(REJECTIONS_IN_FULL);
    // Each bad row has one rejection per missing field, in file order, the first rows in full.
    const perRow = FIELDS_MISSING.length;
    expect(report.rejected.slice(0, perRow).map((r) => `${r.position}: ${r.field}`)).toEqual(
      FIELDS_MISSING.map((field) => `line 2: ${field}`),
    );
    expect(report.rejected.at(-1)?.position).toBe(`line ${1 + REJECTIONS_IN_FULL / perRow}`);
    const shownRows = REJECTIONS_IN_FULL / perRow;
    expect(report.moreRejections).toEqual(
      Object.fromEntries(FIELDS_MISSING.map((field) => [field, BAD_ROWS - shownRows])),
    );
    // What a preview sends back: kilobytes, not the hundreds of megabytes of every message.
    expect(JSON.stringify(report).length).toBeLessThan(20_000);
    // Other requests get their turn between slices of rows (a loaded machine adds its own pauses).
    expect(stallMs).toBeLessThan(2000);
  }, 60_000);

  test('a check past its budget stops, says so, and writes nothing even when told to import', async () => {
    const report = await importFile(upload, { actor, skipInvalid: true, budgetMs: 50 });
    expect(report.stopped).toBe(true);
    expect(report.wrote).toBe(false);
    expect(report.rows).toBeGreaterThan(0);
    expect(report.rows).toBeLessThan(BAD_ROWS);
    expect(await claimCount()).toBe(0);
  });

  test('--skip-invalid writes the one good row and reports the rest by count', async () => {
    const report = await importFile(badFile(SOME_ROWS), { actor, skipInvalid: true });
    expect(report).toMatchObject({ inserted: 1, rejectedRows: SOME_ROWS, wrote: true });
    expect(report.rejected).toHaveLength(REJECTIONS_IN_FULL);
    expect(await claimCount()).toBe(1);
  });
});

describe('rejections found in both passes', () => {
  test('the first ones are given in file order, whichever pass found them', async () => {
    const header = 'metric,value,as_of,title,attribution';
    // Even rows fail the schema as they are read; odd rows name a metric no row creates, which is
    // known only at the end of the file.
    const rows = Array.from({ length: 300 }, (_, i) =>
      i % 2 === 0
        ? `two-pass,many,2024-01-01,Report ${i},unattributed`
        : `nowhere-metric,${i},2024-01-01,Report ${i},unattributed`,
    );
    const report = await importFile(
      { name: 'two-pass.csv', bytes: new TextEncoder().encode(`${header}\n${rows.join('\n')}\n`) },
      { actor, dryRun: true },
    );
    expect(report.rejectedRows).toBe(300);
    expect(report.rejected.map((r) => r.position)).toEqual(
      Array.from({ length: REJECTIONS_IN_FULL }, (_, i) => `line ${i + 2}`),
    );
    expect(report.rejected.slice(0, 2)).toEqual([
      { position: 'line 2', field: 'value', message: 'Enter a number like 1,250 or 12.5' },
      {
        position: 'line 3',
        field: 'metric',
        message: "Unknown metric 'nowhere-metric': give metric_name to create it",
      },
    ]);
    expect(report.moreRejections).toEqual({ value: 100, metric: 100 });
  });
});

describe('the CLI', () => {
  test('prints the first rejections in full, then one line of counts, and exits 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tally-bounded-'));
    const file = path.join(dir, 'bad.csv');
    writeFileSync(file, badFile(SOME_ROWS).bytes);
    const result = spawnSync(
      'node_modules/.bin/tsx',
      ['--conditions=react-server', 'lib/cli/main.ts', 'import', file, '--dry-run'],
      {
        env: { ...process.env, DATABASE_URL: `file:${path.join(dir, 'cli.db')}` },
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(REJECTIONS_IN_FULL + 1);
    expect(lines[0]).toBe('line 2: metric: Choose a metric');
    const perField = SOME_ROWS - REJECTIONS_IN_FULL / FIELDS_MISSING.length;
    const counts = FIELDS_MISSING.map((f) => `${f}: ${perField.toLocaleString('en-GB')}`);
    expect(lines.at(-1)).toBe(
      `…and ${(5 * perField).toLocaleString('en-GB')} more rejections (${counts.join('; ')})`,
    );
    expect(result.stdout).toContain(
      `Dry run: ${SOME_ROWS + 1} rows read, 1 valid, ${SOME_ROWS} rejected. Nothing was written.`,
    );
  }, 120_000);
});
