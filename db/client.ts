import 'server-only';
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Client, createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { env } from '@/lib/env';
import { retireConnectionsAfterLockFailures } from './busy-connections';
import { EmbeddedReplica } from './embedded-replica';
import { LockWaitingClient } from './lock-waiting-client';
import { timedFetch } from './network';
import * as schema from './schema';
import { retryOnLockConflict } from './write-lock';

export type DatabaseConfig = {
  url: string;
  authToken?: string;
  syncUrl?: string;
  /** Seconds between an embedded replica's syncs; 0 syncs only at start and after writes. */
  syncInterval?: number;
  queryLog?: string;
  /** How long a write waits for other writers before DatabaseBusy (DATABASE_BUSY_TIMEOUT_MS). */
  busyTimeoutMs?: number;
};

/** Opens a libSQL database (file, server or embedded replica) with Tally's schema and casing. */
export function openDatabase(config: DatabaseConfig) {
  const filePath = localFilePath(config.url);
  // libSQL cannot create the folder of a file database ("ConnectionFailed ... 14").
  if (filePath) mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true });
  retireConnectionsAfterLockFailures();
  // No native busy timeout (`timeout`): libSQL would sleep inside the driver, blocking the whole
  // process; LockWaitingClient waits for other writers asynchronously instead.
  const opened = config.syncUrl
    ? new EmbeddedReplica({ ...config, syncUrl: config.syncUrl })
    : createClient({ url: config.url, authToken: config.authToken, fetch: timedFetch });
  const busyTimeoutMs = config.busyTimeoutMs ?? env.DATABASE_BUSY_TIMEOUT_MS;
  const client = new LockWaitingClient(opened, busyTimeoutMs);
  const logger = config.queryLog ? queryLogger(config.queryLog) : undefined;
  const db = drizzle({ client, schema, casing: 'snake_case', logger });
  return { client, db: replayingTransactions(db, busyTimeoutMs) };
}

type DrizzleDatabase = ReturnType<typeof drizzle<typeof schema, Client>>;

/**
 * `db.transaction` that runs its work again when the transaction was lost to another writer after
 * it began (sqld rolls back a write transaction that kept others waiting for seconds, with
 * TRANSACTION_TIMEOUT): nothing of it was written, so the whole of it is replayed, until the busy
 * timeout. Work passed to a transaction must therefore only touch the database through `tx`.
 */
function replayingTransactions(db: DrizzleDatabase, timeoutMs: number): DrizzleDatabase {
  const transaction = db.transaction.bind(db);
  db.transaction = (work, config) =>
    retryOnLockConflict(() => transaction(work, config), Date.now() + timeoutMs, timeoutMs);
  return db;
}

function queryLogger(file: string) {
  return {
    logQuery(sql: string, params: unknown[]) {
      appendFileSync(file, `${JSON.stringify({ sql, params })}\n`);
    },
  };
}

export type Database = ReturnType<typeof openDatabase>['db'];

/** The path of a `file:` URL, or null for a remote database. */
export function localFilePath(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  const [filePath = ''] = url.slice('file:'.length).split('?', 1);
  return filePath;
}

// One client per process; in `next dev` module reloads would otherwise open a client per edit.
const globalForDb = globalThis as unknown as { tally?: { client: Client; db: Database } };
const opened = (globalForDb.tally ??= openDatabase({
  url: env.DATABASE_URL,
  authToken: env.DATABASE_AUTH_TOKEN,
  syncUrl: env.DATABASE_SYNC_URL,
  syncInterval: env.DATABASE_SYNC_INTERVAL,
  queryLog: env.TALLY_QUERY_LOG,
}));

export const client: Client = opened.client;
export const db: Database = opened.db;

/** A transaction handed to `db.transaction`'s callback. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Anything that runs queries: the database or a transaction on it. */
export type Executor = Database | Transaction;
