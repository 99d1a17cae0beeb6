import { db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { createClaims } from '@/lib/server/claims/mutations';
import { SYSTEM_ACTOR } from '@/lib/server/history/revisions';

/** Migrates this test file's temp database. */
export async function migrateTestDatabase(): Promise<void> {
  await migrateDatabase(db);
}

/** Writes claims from raw CSV-keyed objects through the canonical input, as every door does. */
export async function createTestClaims(raw: Record<string, string>[]) {
  return createClaims(
    raw.map((r) => ClaimInput.parse(r)),
    SYSTEM_ACTOR,
  );
}
