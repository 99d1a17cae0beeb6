import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';

// What the property tests need around the database and files: a count of every table (and the
// data version) to prove that bad input wrote nothing, and CSV files written as a spreadsheet would.

/** Rows in every table of this file's database, and the data version: any write changes one. */
export async function storedCounts(): Promise<Record<string, number>> {
  const tables = await db.all<{ name: string }>(
    // Not SQLite's own tables, nor drizzle's record of migrations (__drizzle_migrations).
    sql`select name from sqlite_master where type = 'table' and substr(name, 1, 7) <> 'sqlite_' and substr(name, 1, 2) <> '__'`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.all<{ n: number }>(sql.raw(`select count(*) as n from "${name}"`));
    counts[name] = row?.n ?? 0;
  }
  const [version] = await db.all<{ v: number }>(sql`select max(version) as v from data_version`);
  counts['data_version.version'] = version?.v ?? 0;
  // A count of nothing would let every test of "nothing written" pass.
  if (!('claims' in counts && 'claim_revisions' in counts)) throw new Error('no tables counted');
  return counts;
}

/** One CSV field, quoted when it must be (RFC 4180): a quote, a comma or a line break inside. */
export const csvField = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

// Tally's CSV guards spreadsheet formulas: a cell that starts with quotes and then one of = + - @
// tab or carriage return carries one more quote in front, which its import takes off again.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A cell as Tally's CSV writes it: guarded against formulas, then quoted when it must be. */
export const csvCell = (value: string): string =>
  csvField(FORMULA_START.test(value) ? `'${value}` : value);

/** A CSV file's text: the header, then one line per row, each cell under its column. */
export function csvText(
  columns: readonly string[],
  rows: Partial<Record<string, string>>[],
): string {
  const lines = [columns, ...rows.map((row) => columns.map((column) => row[column] ?? ''))];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const folder = mkdtempSync(path.join(tmpdir(), 'tally-property-'));
let files = 0;

/** Writes text (or bytes) to a new file of the given extension; its path. */
export function tempFile(extension: 'csv' | 'json', content: string | Uint8Array): string {
  const file = path.join(folder, `${++files}.${extension}`);
  writeFileSync(file, content);
  return file;
}

let signIns = 0;
/** A time for a sign-in two days after the last one: no failure of an earlier run counts against it. */
export const nextSignInTime = (): Date =>
  new Date(Date.UTC(2031, 0, 1) + ++signIns * 2 * 24 * 60 * 60 * 1000);
