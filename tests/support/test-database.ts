import { db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { runDataTasks } from '@/lib/server/data-tasks';
import { editors } from '@/db/schema';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { createClaims } from '@/lib/server/claims/mutations';
import { type Actor, SYSTEM_ACTOR } from '@/lib/server/history/revisions';

/** Migrates this test file's temp database. */
export async function migrateTestDatabase(): Promise<void> {
  await migrateDatabase(db);
  await runDataTasks(db);
}

/** Writes claims from raw CSV-keyed objects through the canonical input, as every door does. */
export async function createTestClaims(
  raw: Record<string, string>[],
): ReturnType<typeof createClaims> {
  return createClaims(
    raw.map((r) => ClaimInput.parse(r)),
    SYSTEM_ACTOR,
  );
}

/** An editor to write as, for tests of writes that record who made them; it cannot sign in. */
export async function createTestEditor(email: string): Promise<Actor> {
  const [row] = await db
    .insert(editors)
    .values({ email, passwordHash: 'not used by these tests' })
    .returning({ id: editors.id });
  if (!row) throw new Error(`no editor was created for ${email}`);
  return { editorId: row.id };
}

/** The one row a lookup found; a test that needs it fails here when it is missing. */
export function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`no ${what}`);
  return value;
}
