import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { Database } from './client';

const MIGRATIONS = path.join(process.cwd(), 'db', 'migrations');
const MIGRATIONS_TABLE = '__drizzle_migrations';

/**
 * Applies the committed drizzle-kit migrations, for `npm start`, the CLI and tests alike. libSQL
 * enforces foreign keys on every connection by default; this checks that it still does, since
 * the schema's integrity rests on it. A file database is switched to WAL first (see below).
 */
export async function migrateDatabase(db: Database): Promise<void> {
  await switchToWriteAheadLog(db);
  for (;;) {
    const before = await appliedMigrations(db);
    try {
      await migrate(db, { migrationsFolder: MIGRATIONS });
      break;
    } catch (error) {
      // Two processes that open a new database at the same moment both find the migrations
      // missing; the second one's transaction fails (a table already exists) and rolls back. Once
      // the other has applied them, looking again finds nothing left to do.
      if ((await appliedMigrations(db)) === before) throw error;
    }
  }
  const [pragma] = await db.all<{ foreign_keys: number }>(sql`PRAGMA foreign_keys`);
  if (pragma?.foreign_keys !== 1) {
    await db.run(sql`PRAGMA foreign_keys = ON`);
  }
}

/**
 * In WAL mode readers never wait for a writer nor a writer for readers, and a writer commits
 * without waiting for the readers to finish; one writer at a time remains. The mode is kept in the
 * file, so this is set once. A server (sqld) and an embedded replica are WAL already.
 */
async function switchToWriteAheadLog(db: Database): Promise<void> {
  if (db.$client.protocol !== 'file') return;
  const [mode] = await db.all<{ journal_mode: string }>(sql`PRAGMA journal_mode`);
  if (mode?.journal_mode === 'wal' || mode?.journal_mode === 'memory') return;
  await db.run(sql`PRAGMA journal_mode = WAL`);
}

async function appliedMigrations(db: Database): Promise<number> {
  const [table] = await db.all<{ n: number }>(
    sql`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ${MIGRATIONS_TABLE}`,
  );
  if (!table?.n) return 0;
  const [row] = await db.all<{ n: number }>(
    sql`SELECT count(*) AS n FROM ${sql.identifier(MIGRATIONS_TABLE)}`,
  );
  return row?.n ?? 0;
}
