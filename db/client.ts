import 'server-only';
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Client, createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { env } from '@/lib/env';
import { EmbeddedReplica } from './embedded-replica';
import { timedFetch } from './network';
import * as schema from './schema';

export type DatabaseConfig = {
  url: string;
  authToken?: string;
  syncUrl?: string;
  /** Seconds between an embedded replica's syncs; 0 syncs only at start and after writes. */
  syncInterval?: number;
  queryLog?: string;
};

/** Opens a libSQL database (file, server or embedded replica) with Tally's schema and casing. */
export function openDatabase(config: DatabaseConfig) {
  const filePath = localFilePath(config.url);
  // libSQL cannot create the folder of a file database ("ConnectionFailed ... 14").
  if (filePath) mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true });
  const client = config.syncUrl
    ? new EmbeddedReplica({ ...config, syncUrl: config.syncUrl })
    : createClient({ url: config.url, authToken: config.authToken, fetch: timedFetch });
  const logger = config.queryLog ? queryLogger(config.queryLog) : undefined;
  return { client, db: drizzle({ client, schema, casing: 'snake_case', logger }) };
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
function localFilePath(url: string): string | null {
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
