import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { CLAIM_COLUMNS } from '@/lib/claims/input/columns';
import { UsageError } from '@/lib/errors';
import { type FileRow, readRows } from '@/lib/import/read-rows';
import { importFile } from '@/lib/server/import/import-file';
import { seedIfEmpty } from '@/lib/server/seed';
import { anyRawClaim, anyText, hostileText } from '@/tests/unit/property/arbitraries';
import { csvText, storedCounts, tempFile } from '@/tests/unit/property/stored';
import { validClaim } from '@/tests/unit/property/valid-claims';
import { migrateTestDatabase } from '@/tests/support/test-database';

// The CSV reader and the import's check on files a hostile or careless person makes: any cells,
// any bytes. A file is read as written or refused as a whole with a UsageError; a bad row is named
// by line and column, and nothing is written while any row is bad.

const actor = { editorId: null };

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
});

/** Every row of a file, or the UsageError that refused it; any other throw fails the test. */
async function readAll(file: string): Promise<FileRow[] | UsageError> {
  const rows: FileRow[] = [];
  try {
    for await (const row of readRows(file)) rows.push(row);
    return rows;
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
}

const header = fc
  .shuffledSubarray([...CLAIM_COLUMNS], { minLength: 1, maxLength: 8 })
  .map((columns) => columns as string[]);

/** What a cell reads back as: a lone surrogate cannot be written as UTF-8, and becomes U+FFFD. */
const asWritten = (cell: string) => Buffer.from(cell, 'utf8').toString('utf8');

describe('readRows', () => {
  test('gives back every cell as it was written, row by row, with its line', async () => {
    const cells = (columns: string[]) =>
      fc.array(fc.dictionary(fc.constantFrom(...columns), anyText), { minLength: 1, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(
        header.chain((columns) => fc.tuple(fc.constant(columns), cells(columns))),
        async ([columns, rows]) => {
          const read = await readAll(tempFile('csv', csvText(columns, rows)));
          // A row of one empty cell is an empty line, which a CSV file may hold anywhere.
          const kept = rows.filter(
            (row) => columns.length > 1 || (row[columns[0] ?? ''] ?? '') !== '',
          );
          if (kept.length === 0) {
            expect(read).toBeInstanceOf(UsageError);
            return;
          }
          if (read instanceof UsageError) throw read;
          expect(read.map((row) => row.raw)).toEqual(
            kept.map((row) => Object.fromEntries(columns.map((c) => [c, asWritten(row[c] ?? '')]))),
          );
          const lines = read.map((row) => Number(/^line (\d+)$/.exec(row.position)?.[1]));
          lines.forEach((line, i) =>
            expect(line).toBeGreaterThan(i === 0 ? 1 : (lines[i - 1] ?? 0)),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  test('reads any bytes after a header, or refuses the file with a UsageError', async () => {
    const junk = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      hostileText(80).map((text) => new TextEncoder().encode(text)),
      fc
        .array(fc.constantFrom('"', ',', '\r', '\n', '\r\n', '""', 'x', '\u0000', '\ufeff', ' '), {
          maxLength: 40,
        })
        .map((parts) => new TextEncoder().encode(parts.join(''))),
    );
    await fc.assert(
      fc.asyncProperty(header, fc.boolean(), junk, async (columns, withBom, bytes) => {
        const head = new TextEncoder().encode(`${withBom ? '\ufeff' : ''}${columns.join(',')}\n`);
        const read = await readAll(tempFile('csv', Buffer.concat([head, bytes])));
        if (read instanceof UsageError) {
          expect(read.message).toMatch(/\w/);
          return;
        }
        for (const row of read) {
          expect(row.position).toMatch(/^line \d+$/);
          for (const key of Object.keys(row.raw)) expect(columns).toContain(key);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('the import of a CSV file', () => {
  const rawFile = fc.array(anyRawClaim, { minLength: 1, maxLength: 4 });

  test('a dry run of any rows writes nothing and names every rejection by line and column', async () => {
    await fc.assert(
      fc.asyncProperty(rawFile, async (rows) => {
        const before = await storedCounts();
        const file = tempFile('csv', csvText(CLAIM_COLUMNS, rows));
        const report = await importFile(file, { actor, dryRun: true }).catch((error: unknown) => {
          if (error instanceof UsageError) return null;
          throw error;
        });
        expect(await storedCounts()).toEqual(before);
        if (report === null) return;
        expect(report.wrote).toBe(false);
        const invalid = rows.filter((row) => !ClaimInput.safeParse(row).success).length;
        if (invalid > 0) expect(report.rejected.length).toBeGreaterThan(0);
        for (const { position, field, message } of report.rejected) {
          expect(position).toMatch(/^line \d+$/);
          expect([...CLAIM_COLUMNS, 'row']).toContain(field);
          expect(message).toMatch(/\w/);
        }
        const counted = 'moreRejections' in report ? Object.keys(report.moreRejections ?? {}) : [];
        for (const field of counted) expect([...CLAIM_COLUMNS, 'row']).toContain(field);
      }),
      { numRuns: 50 },
    );
  });

  test('one bad row among good ones: nothing is written, and the bad row is named', async () => {
    const good = validClaim({ metric: fc.constant({ typed: 'gaza-killed', slug: 'gaza-killed' }) });
    const bad = anyRawClaim.filter((raw) => !ClaimInput.safeParse(raw).success);
    await fc.assert(
      fc.asyncProperty(
        fc.array(good, { maxLength: 3 }),
        bad,
        fc.nat(3),
        async (goods, badRow, at) => {
          const rows: Partial<Record<string, string>>[] = goods.map((claim) => ({
            ...claim.raw,
            claimant_kind: 'other',
          }));
          rows.splice(Math.min(at, rows.length), 0, badRow);
          const before = await storedCounts();
          const report = await importFile(tempFile('csv', csvText(CLAIM_COLUMNS, rows)), { actor });
          expect(report.wrote).toBe(false);
          expect(report.inserted).toBe(0);
          expect(await storedCounts()).toEqual(before);
          const badLine = report.rejected.map((r) => r.position);
          expect(badLine.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 60 },
    );
  });
});
