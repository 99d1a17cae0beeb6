import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { CLAIM_COLUMNS } from '@/lib/claims/input/columns';
import { readRows } from '@/lib/import/read-rows';
import { exportChunks } from '@/lib/server/csv/export';
import { importFile } from '@/lib/server/import/import-file';
import { seedIfEmpty } from '@/lib/server/seed';
import { csvText, tempFile } from '@/tests/unit/property/stored';
import { type ValidClaim, validClaim } from '@/tests/unit/property/valid-claims';
import { migrateTestDatabase } from '@/tests/support/test-database';

// Valid claims of any text a person may type (right-to-left marks, emoji, quotes, formula signs,
// line breaks) and any day of years 0000 to 9999 go in through a CSV import and come out of the
// export as they went in; the exported CSV reads back into the same claims.

const actor = { editorId: null };

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
});

const COMPARED = [
  'value',
  'qualifier',
  'as_of',
  'period_start',
  'period_end',
  'claimant',
  'attribution',
  'url',
  'title',
  'publisher',
  'quote',
  'notes',
  'status',
] as const;

/** The compared fields of a claim, blanks as null, sortable as one string. */
function picked(claim: Record<string, unknown>): string {
  const fields: Record<string, unknown> = {};
  for (const key of COMPARED) fields[key] = claim[key] ?? null;
  if (claim.qualifier === 'range') fields.high = claim.high;
  return JSON.stringify(fields);
}

let runs = 0;

/**
 * The claims of one run, each its own claim in its own document under a metric of its own: a tag
 * on the claimant and the title keeps another run's source or document from answering to them.
 */
function ownRows(claims: ValidClaim[], metric: string) {
  const run = ++runs;
  return claims.map(({ raw, expected }, i) => {
    const tag = `${run}.${i}`;
    const row: Record<string, string> = { ...raw, metric, metric_name: `Metric ${run}` };
    row.topic = 'gaza-war';
    delete row.metric_kind;
    row.title = `${raw.title ?? 'Report'} ${tag}`;
    if (raw.url) row.url = `${raw.url}#${tag}`;
    if (raw.claimant !== undefined) {
      row.claimant = `${raw.claimant} ${tag}`;
      row.claimant_kind = raw.claimant_kind ?? 'other';
    }
    const claim = { ...expected, title: row.title.trim(), url: row.url?.trim() };
    if (row.claimant !== undefined) claim.claimant = row.claimant.trim();
    return { row, claim };
  });
}

async function exported(format: 'csv' | 'json', metric: string): Promise<string> {
  let text = '';
  for await (const chunk of exportChunks(format, metric)) text += chunk;
  return text;
}

describe('a CSV import of valid claims', () => {
  test('stores each as typed, and its export reads back as the same claims', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(validClaim(), { minLength: 1, maxLength: 4 }), async (claims) => {
        const metric = `property-${runs + 1}`;
        const rows = ownRows(claims, metric);
        const file = tempFile(
          'csv',
          csvText(
            CLAIM_COLUMNS,
            rows.map((r) => r.row),
          ),
        );
        const report = await importFile(file, { actor });
        expect(report.rejected).toEqual([]);
        expect(report.inserted).toBe(rows.length);

        const expected = rows.map((r) => picked(r.claim)).sort();
        const json = JSON.parse(await exported('json', metric)) as Record<string, unknown>[];
        expect(json.map(picked).sort()).toEqual(expected);

        const readBack: string[] = [];
        for await (const row of readRows(tempFile('csv', await exported('csv', metric))))
          readBack.push(picked(ClaimInput.parse(row.raw)));
        expect(readBack.sort()).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });
});
