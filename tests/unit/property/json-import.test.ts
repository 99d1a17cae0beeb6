import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { CLAIM_COLUMNS } from '@/lib/claims/input/columns';
import { UsageError } from '@/lib/errors';
import { importFile } from '@/lib/server/import/import-file';
import { seedIfEmpty } from '@/lib/server/seed';
import { anyJson, anyRawClaim, hostileText } from '@/tests/unit/property/arbitraries';
import { storedCounts, tempFile } from '@/tests/unit/property/stored';
import { migrateTestDatabase } from '@/tests/support/test-database';

// The JSON import's check on any array a script may send: objects keyed by anything, values of any
// type, elements that are not objects, values nested thousands deep. It writes nothing on a dry
// run and names every rejection by element and field.

const actor = { editorId: null };

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
});

/** JSON text nested `depth` levels deep: arrays, objects, or both in turn. */
const nested = fc
  .tuple(fc.integer({ min: 1, max: 5000 }), fc.constantFrom('[', '{"a":', '[{"a":'))
  .map(([depth, open]) => {
    const close = open === '[' ? ']' : open === '{"a":' ? '}' : '}]';
    return `${open.repeat(depth)}1${close.repeat(depth)}`;
  });

/** One element of the array, as JSON text. */
const element = fc.oneof(
  { arbitrary: anyRawClaim.map((raw) => JSON.stringify(raw)), weight: 4 },
  {
    arbitrary: fc.dictionary(hostileText(8), anyJson, { maxKeys: 4 }).map((o) => JSON.stringify(o)),
    weight: 2,
  },
  { arbitrary: anyJson.map((value) => JSON.stringify(value) ?? 'null'), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...CLAIM_COLUMNS), nested)
      .map(([key, value]) => `{"${key}":${value}}`),
    weight: 1,
  },
);

describe('the import of a JSON file', () => {
  test('a dry run of any array writes nothing and names every rejection by element and field', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(element, { minLength: 1, maxLength: 4 }), async (elements) => {
        const before = await storedCounts();
        const file = tempFile('json', `[${elements.join(',')}]`);
        const report = await importFile(file, { actor, dryRun: true }).catch((error: unknown) => {
          if (error instanceof UsageError) return null;
          throw error;
        });
        expect(await storedCounts()).toEqual(before);
        if (report === null) return;
        expect(report.wrote).toBe(false);
        const keys = elements.flatMap((text) => {
          const value: unknown = JSON.parse(text);
          return typeof value === 'object' && value !== null ? Object.keys(value) : [];
        });
        for (const { position, field, message } of report.rejected) {
          expect(position).toMatch(/^element \d+$/);
          expect([...CLAIM_COLUMNS, 'row', ...keys]).toContain(field);
          expect(message).toMatch(/\w/);
        }
      }),
      { numRuns: 60 },
    );
  });
});
