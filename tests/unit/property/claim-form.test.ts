import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { CLAIM_FORM_FIELDS, NEW_OPTION } from '@/lib/claims/input/form-input';
import { prepareClaimForm } from '@/lib/server/claims/claim-form';
import { seedIfEmpty } from '@/lib/server/seed';
import { anyText, hostileText, hugeText } from '@/tests/unit/property/arbitraries';
import { storedCounts } from '@/tests/unit/property/stored';
import { recentValidClaim } from '@/tests/unit/property/valid-claims';
import { migrateTestDatabase } from '@/tests/support/test-database';

// The claim form's server side (what the new-claim and edit actions run before they write) with
// anything posted: it never throws or writes, and a rejection marks only fields the form shows.

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
});

const field = fc.oneof(
  { arbitrary: fc.constantFrom(...CLAIM_FORM_FIELDS, 'status', 'confirm_warnings'), weight: 5 },
  { arbitrary: hostileText(8), weight: 1 },
);
const value = fc.oneof(
  { arbitrary: anyText, weight: 8 },
  { arbitrary: fc.constantFrom(NEW_OPTION, 'gaza-killed', 'gaza-war'), weight: 2 },
  { arbitrary: hugeText, weight: 1 },
);
const posted = fc.oneof(
  fc.dictionary(field, value, { maxKeys: 14 }),
  fc
    .tuple(recentValidClaim, fc.dictionary(field, value, { maxKeys: 3 }))
    .map(([claim, changes]) => ({ ...claim.raw, ...changes })),
);

describe('prepareClaimForm under hostile input', () => {
  test('never throws or writes; a rejection marks only fields of the form, keeping what was typed', async () => {
    await fc.assert(
      fc.asyncProperty(posted, async (values) => {
        const before = await storedCounts();
        const prepared = await prepareClaimForm(values);
        expect(await storedCounts()).toEqual(before);
        if (prepared.status !== 'invalid') return;
        const marked = Object.keys(prepared.fieldErrors);
        expect(marked.length).toBeGreaterThan(0);
        for (const key of marked) expect(CLAIM_FORM_FIELDS).toContain(key);
        expect(prepared.values).toEqual(values);
      }),
      { numRuns: 100 },
    );
  });
});
