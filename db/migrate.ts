import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { Database } from './client';

const MIGRATIONS = path.join(process.cwd(), 'db', 'migrations');

/**
 * Applies the committed drizzle-kit migrations, for `npm start`, the CLI and tests alike. libSQL
 * enforces foreign keys on every connection by default; this checks that it still does, since
 * the schema's integrity rests on it.
 */
export async function migrateDatabase(db: Database): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS });
  const [pragma] = await db.all<{ foreign_keys: number }>(sql`PRAGMA foreign_keys`);
  if (pragma?.foreign_keys !== 1) {
    await db.run(sql`PRAGMA foreign_keys = ON`);
  }
}
