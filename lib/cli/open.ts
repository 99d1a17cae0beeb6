import type { Database } from '@/db/client';
import { DatabaseUnavailable, isDatabaseBusy } from '@/lib/errors';

/**
 * Opens and migrates DATABASE_URL, turning any failure (a folder that cannot be created, a file
 * that cannot be written, a migration that fails) into a message that names the variable; a
 * database that stays busy past DATABASE_BUSY_TIMEOUT_MS is reported as busy.
 */
export async function openMigratedDatabase(): Promise<Database> {
  const { env } = await import('@/lib/env');
  try {
    const { db } = await import('@/db/client');
    const { migrateDatabase } = await import('@/db/migrate');
    await migrateDatabase(db);
    const { runDataTasks } = await import('@/lib/server/data-tasks');
    await runDataTasks(db);
    return db;
  } catch (error) {
    // Other writers held the database past DATABASE_BUSY_TIMEOUT_MS: it is there, only busy.
    if (isDatabaseBusy(error)) throw error;
    throw new DatabaseUnavailable(
      `DATABASE_URL: cannot open and migrate the database at ${env.DATABASE_URL}: ${describe(error)}`,
    );
  }
}

/** A driver's failure in one line. */
export function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Drizzle wraps the driver's error in "Failed query: …"; the cause says what went wrong.
  const { message } = error.cause instanceof Error ? error.cause : error;
  return message.split('\n', 1)[0] ?? message;
}
