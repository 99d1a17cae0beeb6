import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db/client';
import { claims, metrics, sources } from '@/db/schema';
import { CLAIM_COLUMNS, type ClaimColumn } from '@/lib/claims/input/columns';
import { editSource } from '@/lib/server/catalog/edits';
import { importFile } from '@/lib/server/import/import-file';
import { createTestClaims, found, migrateTestDatabase } from '@/tests/support/test-database';

// DESIGN.md: the import judges the whole file before it writes, and a dry run reports what the
// import does. A row may name, as its claimant or its relay (`via`), a source that only a later
// row of the file creates; the first pass accepts it, so the import must write it.

const actor = { editorId: null };
const dir = mkdtempSync(path.join(tmpdir(), 'tally-forward-sources-'));
let files = 0;

/** A CSV file of these rows; each row names its own metric so that tests do not meet. */
function csvFile(rows: Partial<Record<ClaimColumn, string>>[]): string {
  const file = path.join(dir, `rows-${++files}.csv`);
  const lines = rows.map((row) => CLAIM_COLUMNS.map((column) => row[column] ?? '').join(','));
  writeFileSync(file, `${CLAIM_COLUMNS.join(',')}\n${lines.join('\n')}\n`);
  return file;
}

const row = (metric: string, n: number, fields: Partial<Record<ClaimColumn, string>>) => ({
  topic: 'war',
  metric,
  metric_name: `Metric ${metric}`,
  value: String(100 + n),
  as_of: `2025-03-0${n}`,
  url: `https://example.org/${metric}/${n}`,
  ...fields,
});

const relay = alias(sources, 'relay');

/** The metric's claims as (value, claimant, via) by name, in date order. */
async function storedClaims(metric: string) {
  return db
    .select({ value: claims.value, claimant: sources.name, via: relay.name })
    .from(claims)
    .innerJoin(metrics, eq(metrics.id, claims.metricId))
    .leftJoin(sources, eq(sources.id, claims.claimantId))
    .leftJoin(relay, eq(relay.id, claims.viaId))
    .where(eq(metrics.slug, metric))
    .orderBy(claims.asOf);
}

async function sourcesNamed(name: string) {
  return db
    .select({ slug: sources.slug, kind: sources.kind })
    .from(sources)
    .where(eq(sources.name, name));
}

async function claimCount(): Promise<number> {
  const [counted] = await db.select({ n: count() }).from(claims);
  return counted?.n ?? 0;
}

beforeAll(async () => {
  await migrateTestDatabase();
});

describe('a source that a later row creates', () => {
  test('a via naming it, by name or by slug, resolves: the dry run and the import agree', async () => {
    const file = csvFile([
      row('relayed', 1, {
        claimant: 'Health Ministry',
        claimant_kind: 'ministry',
        via: 'Relay Agency',
      }),
      row('relayed', 2, {
        claimant: 'Health Ministry',
        claimant_kind: 'ministry',
        via: 'relay-agency',
      }),
      row('relayed', 3, { claimant: 'Relay Agency', claimant_kind: 'media' }),
    ]);
    const dryRun = await importFile(file, { actor, dryRun: true });
    expect(dryRun).toEqual({
      rows: 3,
      inserted: 0,
      appearances: 0,
      present: 0,
      rejected: [],
      rejectedRows: 0,
      moreRejections: {},
      wrote: false,
      stopped: false,
    });
    expect(await sourcesNamed('Relay Agency')).toEqual([]);

    // One row a batch: the relay's rows are written, and committed, before the row creating it.
    const report = await importFile(file, { actor, batchSize: 1 });
    expect(report).toEqual({
      rows: 3,
      inserted: 3,
      appearances: 0,
      present: 0,
      rejected: [],
      rejectedRows: 0,
      moreRejections: {},
      wrote: true,
      stopped: false,
    });
    expect(await storedClaims('relayed')).toEqual([
      { value: 101, claimant: 'Health Ministry', via: 'Relay Agency' },
      { value: 102, claimant: 'Health Ministry', via: 'Relay Agency' },
      { value: 103, claimant: 'Relay Agency', via: null },
    ]);
    expect(await sourcesNamed('Relay Agency')).toEqual([{ slug: 'relay-agency', kind: 'media' }]);
  });

  test('a claimant without claimant_kind naming it resolves to the source the later row creates', async () => {
    const file = csvFile([
      row('named-early', 1, { claimant: 'Field Office' }),
      row('named-early', 2, { claimant: 'Field Office', claimant_kind: 'ngo' }),
    ]);
    expect((await importFile(file, { actor, dryRun: true })).rejected).toEqual([]);
    const report = await importFile(file, { actor });
    expect(report).toMatchObject({ inserted: 2, rejected: [], wrote: true });
    expect(await sourcesNamed('Field Office')).toEqual([{ slug: 'field-office', kind: 'ngo' }]);
    expect((await storedClaims('named-early')).map((c) => c.claimant)).toEqual([
      'Field Office',
      'Field Office',
    ]);
  });

  test('--skip-invalid still creates it when the row creating it is rejected for another field', async () => {
    const file = csvFile([
      row('skipped-creator', 1, {
        claimant: 'Health Ministry',
        claimant_kind: 'ministry',
        via: 'Wire Desk',
      }),
      row('no-such-metric', 2, { metric_name: '', claimant: 'Wire Desk', claimant_kind: 'media' }),
    ]);
    const rejected = [
      { position: 'line 3', field: 'metric', message: expect.stringContaining('no-such-metric') },
    ];
    expect((await importFile(file, { actor, dryRun: true })).rejected).toEqual(rejected);
    const report = await importFile(file, { actor, skipInvalid: true });
    expect(report).toMatchObject({ inserted: 1, rejected, wrote: true });
    expect(await storedClaims('skipped-creator')).toEqual([
      { value: 101, claimant: 'Health Ministry', via: 'Wire Desk' },
    ]);
  });
});

describe('a via no row creates', () => {
  test('is rejected naming via, in the dry run and the import alike, and nothing is written', async () => {
    const file = csvFile([
      row('unknown-relay', 1, {
        claimant: 'Health Ministry',
        claimant_kind: 'ministry',
        via: 'Nobody Wire',
      }),
      // A claimant_kind on the relay's own row creates only the claimant.
      row('unknown-relay', 2, {
        claimant: 'Health Ministry',
        claimant_kind: 'ministry',
        via: 'Other Wire',
      }),
    ]);
    const rejected = [
      { position: 'line 2', field: 'via', message: "Unknown source 'Nobody Wire'" },
      { position: 'line 3', field: 'via', message: "Unknown source 'Other Wire'" },
    ];
    const before = await claimCount();
    expect((await importFile(file, { actor, dryRun: true })).rejected).toEqual(rejected);
    expect(await importFile(file, { actor })).toMatchObject({
      inserted: 0,
      rejected,
      wrote: false,
    });
    expect(await claimCount()).toBe(before);
  });

  test('the slug of a stored source’s new name does not answer for it', async () => {
    // A renamed source keeps its slug, so naming its new name as a claimant creates nothing and
    // the slug that name would give means no source.
    await createTestClaims([row('renamed', 1, { claimant: 'Old Desk', claimant_kind: 'media' })]);
    const [desk] = await db.select().from(sources).where(eq(sources.slug, 'old-desk'));
    const { id } = found(desk, 'Old Desk');
    await editSource(id, { name: 'New Desk', kind: 'media' }, 'Renamed', actor);

    const file = csvFile([
      row('renamed', 2, { claimant: 'New Desk', claimant_kind: 'media', via: 'new-desk' }),
    ]);
    const rejected = [{ position: 'line 2', field: 'via', message: "Unknown source 'new-desk'" }];
    expect((await importFile(file, { actor, dryRun: true })).rejected).toEqual(rejected);
    expect(await importFile(file, { actor })).toMatchObject({ rejected, wrote: false });
  });
});

test('the CLI imports such a file after its dry run, with no stack trace', () => {
  const file = csvFile([
    row('cli', 1, { claimant: 'Health Ministry', claimant_kind: 'ministry', via: 'CLI Wire' }),
    row('cli', 2, { claimant: 'CLI Wire', claimant_kind: 'media' }),
  ]);
  const tally = (args: string[]) =>
    spawnSync('node_modules/.bin/tsx', ['--conditions=react-server', 'lib/cli/main.ts', ...args], {
      env: { ...process.env, DATABASE_URL: `file:${path.join(dir, 'cli.db')}`, NODE_OPTIONS: '' },
      encoding: 'utf8',
    });
  const dryRun = tally(['import', file, '--dry-run']);
  expect(dryRun.stdout).toContain('2 valid, 0 rejected');
  expect(dryRun.status).toBe(0);
  const imported = tally(['import', file]);
  expect(imported.stderr).not.toContain('Error');
  expect(imported.stdout).toContain(
    '2 inserted, 0 appearances added, 0 already present, 0 rejected.',
  );
  expect(imported.status).toBe(0);
}, 60_000); // two CLI runs, each starting tsx: slow on a loaded machine
