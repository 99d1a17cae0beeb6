import { type Database, db, localFilePath } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { env } from '@/lib/env';
import { DatabaseUnavailable } from '@/lib/errors';

/** Opens and migrates DATABASE_URL, turning any failure into a message that names the variable. */
export async function openMigratedDatabase(): Promise<Database> {
  try {
    await migrateDatabase(db);
    return db;
  } catch (error) {
    const where = localFilePath(env.DATABASE_URL) ?? env.DATABASE_URL;
    throw new DatabaseUnavailable(
      `DATABASE_URL: cannot open and migrate the database at ${where}: ${describe(error)}`,
    );
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
