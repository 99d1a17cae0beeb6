import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { type Executor, db } from '@/db/client';
import { dataVersion } from '@/db/schema';

/**
 * The data_version counter: one row that every write transaction, from any instance or the CLI,
 * bumps. ETags and in-memory caches key on it, so a write anywhere invalidates them everywhere.
 */
export async function currentDataVersion(): Promise<number> {
  const [row] = await db
    .select({ version: dataVersion.version })
    .from(dataVersion)
    .where(eq(dataVersion.id, 1));
  return row?.version ?? 0;
}

/** Bumps the data_version counter; every write transaction calls it once, inside the transaction. */
export async function bumpDataVersion(tx: Executor): Promise<void> {
  await tx
    .insert(dataVersion)
    .values({ id: 1, version: 1 })
    .onConflictDoUpdate({
      target: dataVersion.id,
      set: { version: sql`${dataVersion.version} + 1` },
    });
}
