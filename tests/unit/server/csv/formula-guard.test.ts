import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CLAIM_COLUMNS, type ClaimColumn } from '@/lib/claims/input/columns';
import { guardCsvCell, unguardCsvCell } from '@/lib/csv/formula-guard';
import { readRows } from '@/lib/import/read-rows';
import { CSV_HEADER, csvLine } from '@/lib/server/csv/export';

// What a spreadsheet runs as a formula when a CSV cell starts with it (OWASP "CSV Injection").
const STARTS_A_FORMULA = /^[=+\-@\t\r]/;

describe('guardCsvCell', () => {
  test.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    // A text that already starts with a quote before a formula character gets one more quote.
    ["'=1+1", "''=1+1"],
    ["''-3", "'''-3"],
    // Anything else is written as it is.
    ["'quoted", "'quoted"],
    ['Gaza Ministry of Health', 'Gaza Ministry of Health'],
    ['a=b', 'a=b'],
    ['', ''],
    ['48,450', '48,450'],
  ])('%j is written %j', (text, written) => {
    expect(guardCsvCell(text)).toBe(written);
    expect(unguardCsvCell(written)).toBe(text);
  });

  test('unguard undoes guard for any text, and a guarded text never starts a formula', () => {
    const formulaLike = fc
      .tuple(
        fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a') }),
        fc.string(),
      )
      .map(([head, tail]) => head + tail);
    fc.assert(
      fc.property(fc.oneof(formulaLike, fc.string({ unit: 'binary' })), (text) => {
        const guarded = guardCsvCell(text);
        expect(unguardCsvCell(guarded)).toBe(text);
        expect(guarded).not.toMatch(STARTS_A_FORMULA);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a CSV line', () => {
  const row = (text: string): Record<ClaimColumn, string | number | null> => ({
    ...(Object.fromEntries(CLAIM_COLUMNS.map((column) => [column, text])) as Record<
      ClaimColumn,
      string
    >),
    value: -5,
    low: -1.5,
    high: null,
  });

  test('guards every text cell and leaves numbers as numbers', () => {
    const [cells] = parse(csvLine(row('=1+1')), { relax_quotes: true }) as string[][];
    const byColumn = new Map(CLAIM_COLUMNS.map((column, i) => [column, cells?.[i]]));
    expect(byColumn.get('claimant')).toBe("'=1+1");
    expect(byColumn.get('quote')).toBe("'=1+1");
    expect(byColumn.get('value')).toBe('-5');
    expect(byColumn.get('low')).toBe('-1.5');
    expect(byColumn.get('high')).toBe('');
  });

  test("read back by Tally's import, every text is exactly as it was", async () => {
    const encoder = new TextEncoder();
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme' }),
        fc.constantFrom('=', '+', '-', '@', "'", "'=", ''),
        async (text, head) => {
          const bytes = encoder.encode(CSV_HEADER + csvLine(row(head + text)));
          const rows = [];
          for await (const read of readRows({ name: 'export.csv', bytes })) rows.push(read.raw);
          expect(rows).toHaveLength(1);
          expect(rows[0]?.quote).toBe(head + text);
          expect(rows[0]?.claimant).toBe(head + text);
          expect(rows[0]?.value).toBe('-5');
        },
      ),
      { numRuns: 300 },
    );
  });
});
