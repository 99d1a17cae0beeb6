import 'server-only';
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  type Client,
  type InArgs,
  type InStatement,
  type Replicated,
  type ResultSet,
  type Transaction as LibsqlTransaction,
  type TransactionMode,
  createClient,
} from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { env } from '@/lib/env';
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
export function localFilePath(url: string): string | null {
  return url.startsWith('file:') ? url.slice('file:'.length).split('?')[0] : null;
}

// A server that accepts connections but never answers would hold a request (and `npm start`) for
// minutes; one HTTP request is one statement or batch, which Tally keeps far below this.
const REQUEST_TIMEOUT_MS = 15_000;
const PROBE_TIMEOUT_MS = 3_000;

function timedFetch(request: Request): Promise<Response> {
  return fetch(request, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).catch(
    (error: unknown) => {
      const reason = networkReason(error, REQUEST_TIMEOUT_MS);
      const origin = new URL(request.url).origin;
      throw new Error(`cannot reach the database server at ${origin}: ${reason}`, { cause: error });
    },
  );
}

function networkReason(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  if (cause instanceof Error && 'code' in cause) return `${error.message} (${String(cause.code)})`;
  return error.message.split('\n')[0];
}

/** The HTTP origin of a libsql:, ws(s): or http(s): URL (`libsql://` means TLS unless `?tls=0`). */
function httpOrigin(url: string): string {
  const parsed = new URL(url);
  const plain =
    parsed.protocol === 'http:' ||
    parsed.protocol === 'ws:' ||
    (parsed.protocol === 'libsql:' && parsed.searchParams.get('tls') === '0');
  return `${plain ? 'http' : 'https'}://${parsed.host}`;
}

// libSQL's native sync blocks the whole process while it waits, and waits without end for a
// server that accepts connections but does not answer: it only starts once the server answers.
async function unreachable(url: string): Promise<string | null> {
  const probe = fetch(`${httpOrigin(url)}/health`, {
    signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
  });
  return probe.then(
    () => null,
    (error: unknown) => networkReason(error, PROBE_TIMEOUT_MS),
  );
}

// Statements answered from the local copy. Anything else goes to the primary: libSQL would
// forward a write itself, but synchronously (blocking the process) and on the copy's only
// connection, which an open transaction would hold against every other request.
const LOCAL_READ = /^\s*(select|with|explain|pragma|values)\b/i;
const isLocalRead = (stmt: InStatement | [string, InArgs?]): boolean =>
  LOCAL_READ.test(typeof stmt === 'string' ? stmt : Array.isArray(stmt) ? stmt[0] : stmt.sql);

type ReplicaConfig = DatabaseConfig & { syncUrl: string };

/**
 * An embedded replica: reads are answered from the local file, writes and transactions run on the
 * primary (DATABASE_SYNC_URL) and are followed by a sync, so an instance reads its own writes at
 * once and other instances' writes after its next sync (every `syncInterval` seconds). The first
 * use syncs before anything else, so a new instance never decides on a stale or empty copy.
 */
class EmbeddedReplica implements Client {
  readonly protocol = 'file';
  closed = false;
  #config: ReplicaConfig;
  #remote: Client;
  #local: Client | undefined;
  #opening: Promise<Client> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #syncFailing = false;

  constructor(config: ReplicaConfig) {
    this.#config = config;
    this.#remote = createClient({
      url: config.syncUrl,
      authToken: config.authToken,
      fetch: timedFetch,
    });
  }

  async execute(stmt: InStatement, args?: InArgs): Promise<ResultSet> {
    const statement = typeof stmt === 'string' && args ? { sql: stmt, args } : stmt;
    const local = await this.#ready();
    if (isLocalRead(statement)) return local.execute(statement);
    return this.#thenSync(this.#remote.execute(statement));
  }

  async batch(
    stmts: Array<InStatement | [string, InArgs?]>,
    mode?: TransactionMode,
  ): Promise<ResultSet[]> {
    const local = await this.#ready();
    if (mode === 'read' || stmts.every(isLocalRead)) return local.batch(stmts, mode);
    return this.#thenSync(this.#remote.batch(stmts, mode));
  }

  async migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    await this.#ready();
    return this.#thenSync(this.#remote.migrate(stmts));
  }

  async executeMultiple(sql: string): Promise<void> {
    await this.#ready();
    return this.#thenSync(this.#remote.executeMultiple(sql));
  }

  async transaction(mode?: TransactionMode): Promise<LibsqlTransaction> {
    await this.#ready();
    const tx = await this.#remote.transaction(mode);
    const afterCommit = (): Promise<void> => this.#syncQuietly();
    return {
      execute: (stmt) => tx.execute(stmt),
      batch: (stmts) => tx.batch(stmts),
      executeMultiple: (sql) => tx.executeMultiple(sql),
      rollback: () => tx.rollback(),
      commit: () => tx.commit().then(afterCommit),
      close: () => tx.close(),
      get closed() {
        return tx.closed;
      },
    };
  }

  async sync(): Promise<Replicated> {
    return (await this.#ready()).sync();
  }

  close(): void {
    clearInterval(this.#timer);
    this.#local?.close();
    this.#remote.close();
    this.closed = true;
  }

  reconnect(): void {
    this.#local?.reconnect();
    this.#remote.reconnect();
  }

  /** The local copy, opened and synced on first use; a failure is not kept: the next use retries. */
  #ready(): Promise<Client> {
    if (this.#local) return Promise.resolve(this.#local);
    this.#opening ??= this.#open().finally(() => (this.#opening = undefined));
    return this.#opening;
  }

  async #open(): Promise<Client> {
    const { url, syncUrl, authToken, syncInterval = 0 } = this.#config;
    const failure = (reason: string, cause?: unknown): Error =>
      new Error(`DATABASE_SYNC_URL: cannot sync with the primary at ${syncUrl}: ${reason}`, {
        cause,
      });
    const down = await unreachable(syncUrl);
    if (down) throw failure(down);
    let local: Client | undefined;
    try {
      // The native sync takes neither `?tls=0` nor ws(s):, so it gets the plain HTTP origin.
      local = createClient({ url, syncUrl: httpOrigin(syncUrl), authToken });
      await local.sync();
    } catch (error) {
      local?.close();
      throw failure(error instanceof Error ? error.message.split('\n')[0] : String(error), error);
    }
    this.#local = local;
    if (syncInterval > 0) {
      this.#timer = setInterval(() => void this.#syncQuietly(true), syncInterval * 1000);
      this.#timer.unref();
    }
    return local;
  }

  async #thenSync<T>(write: Promise<T>): Promise<T> {
    const result = await write;
    await this.#syncQuietly();
    return result;
  }

  // A write that reached the primary has succeeded even when the sync after it fails; the copy
  // catches up at the next sync. Failures are reported once per outage, not once per tick.
  async #syncQuietly(probeFirst = false): Promise<void> {
    const local = this.#local;
    if (!local) return;
    try {
      const down = probeFirst ? await unreachable(this.#config.syncUrl) : null;
      if (down) throw new Error(down);
      await local.sync();
      if (this.#syncFailing) console.warn('tally: DATABASE_SYNC_URL answers again; syncing.');
      this.#syncFailing = false;
    } catch (error) {
      if (!this.#syncFailing) {
        console.warn(
          `tally: DATABASE_SYNC_URL: cannot sync with ${this.#config.syncUrl} (${networkReason(error, PROBE_TIMEOUT_MS)}); serving the local copy as it is.`,
        );
      }
      this.#syncFailing = true;
    }
  }
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
