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
import {
  type ValidClaim,
  comparedFields,
  taggedClaim,
  validClaim,
} from '@/tests/unit/property/valid-claims';
import { migrateTestDatabase } from '@/tests/support/test-database';

// Valid claims of any text a person may type (right-to-left marks, emoji, quotes, formula signs,
// line breaks) and any day of years 0000 to 9999 go in through a CSV import and come out of the
// export as they went in; the exported CSV reads back into the same claims.

const actor = { editorId: null };

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
});

let runs = 0;

/** The claims of one run, under a metric of their own, each its own claim in its own document. */
function ownRows(claims: ValidClaim[], metric: string) {
  const run = ++runs;
  return claims.map((claim, i) => {
    const { raw, expected } = taggedClaim(claim, `${run}.${i}`);
    const row = { ...raw, metric, metric_name: `Metric ${run}`, topic: 'gaza-war' };
    return { row, claim: expected };
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

        const expected = rows.map((r) => comparedFields(r.claim)).sort();
        const json = JSON.parse(await exported('json', metric)) as Record<string, unknown>[];
        expect(json.map(comparedFields).sort()).toEqual(expected);

        const readBack: string[] = [];
        for await (const row of readRows(tempFile('csv', await exported('csv', metric))))
          readBack.push(comparedFields(ClaimInput.parse(row.raw)));
        expect(readBack.sort()).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });
});
