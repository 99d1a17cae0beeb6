import 'server-only';
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
import {
  PROBE_TIMEOUT_MS,
  firstLine,
  httpOrigin,
  networkReason,
  timedFetch,
  unreachable,
} from './network';
import { readsLocally } from './replica-routing';

export type ReplicaConfig = {
  /** The local copy: a `file:` URL. */
  url: string;
  /** The primary (DATABASE_SYNC_URL). */
  syncUrl: string;
  authToken?: string;
  /** Seconds between syncs; 0 syncs only at start and after writes. */
  syncInterval?: number;
};

/**
 * An embedded replica: reads are answered from the local file, writes and transactions run on the
 * primary (DATABASE_SYNC_URL) and are followed by a sync, so an instance reads its own writes at
 * once and other instances' writes after its next sync (every `syncInterval` seconds). The first
 * use syncs before anything else, so a new instance never decides on a stale or empty copy.
 *
 * libSQL would forward a write itself, but synchronously (blocking the process) and on the copy's
 * only connection, which an open transaction would hold against every other request: so only
 * statements that `readsLocally` approves go to the local copy.
 */
export class EmbeddedReplica implements Client {
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
    if (readsLocally(statement)) return local.execute(statement);
    return this.#thenSync(this.#remote.execute(statement));
  }

  async batch(
    stmts: Array<InStatement | [string, InArgs?]>,
    mode?: TransactionMode,
  ): Promise<ResultSet[]> {
    const local = await this.#ready();
    if (mode === 'read' || stmts.every(readsLocally)) return local.batch(stmts, mode);
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
      throw failure(error instanceof Error ? firstLine(error.message) : String(error), error);
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
