import 'server-only';
import type {
  Client,
  InArgs,
  InStatement,
  Replicated,
  ResultSet,
  Transaction,
  TransactionMode,
} from '@libsql/client';
import { type AnyStatement, readsLocally } from './replica-routing';
import { WriteQueue, retryOnLockConflict } from './write-lock';

/**
 * A libSQL client whose writes wait for other writers instead of failing with SQLITE_BUSY, up to
 * `timeoutMs` (DATABASE_BUSY_TIMEOUT_MS), then throw DatabaseBusy. Every way in gets the rule:
 *
 * - a write transaction (drizzle's `db.transaction` asks for one) starts with BEGIN IMMEDIATE, so
 *   it holds the write lock from its first statement: it never fails half-way when it would upgrade
 *   a read to a write (SQLITE_BUSY_SNAPSHOT, which no wait can cure);
 * - the process's writers queue (WriteQueue), and the one at the head retries BEGIN against other
 *   processes with a short asynchronous backoff;
 * - a statement or batch outside a transaction is retried whole: SQLite rolls back a statement or
 *   batch that failed for a lock, so nothing of it was written. Reads are retried too (WAL readers
 *   are almost never refused, but are while another process recovers the log after a crash).
 */
export class LockWaitingClient implements Client {
  readonly #inner: Client;
  readonly #timeoutMs: number;
  readonly #queue = new WriteQueue();

  constructor(inner: Client, timeoutMs: number) {
    this.#inner = inner;
    this.#timeoutMs = timeoutMs;
  }

  get closed(): boolean {
    return this.#inner.closed;
  }

  get protocol(): string {
    return this.#inner.protocol;
  }

  execute(stmt: InStatement): Promise<ResultSet>;
  execute(sql: string, args?: InArgs): Promise<ResultSet>;
  execute(stmt: InStatement, args?: InArgs): Promise<ResultSet> {
    const statement: InStatement = typeof stmt === 'string' && args ? { sql: stmt, args } : stmt;
    if (readsLocally(statement)) return this.#retry(() => this.#inner.execute(statement));
    return this.#queued(() => this.#inner.execute(statement));
  }

  batch(stmts: AnyStatement[], mode?: TransactionMode): Promise<ResultSet[]> {
    if (mode === 'read' || stmts.every(readsLocally)) {
      return this.#retry(() => this.#inner.batch(stmts, mode));
    }
    // A batch is one transaction: it takes the write lock at its start like any other.
    return this.#queued(() => this.#inner.batch(stmts, 'write'));
  }

  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.#queued(() => this.#inner.migrate(stmts));
  }

  async transaction(mode: TransactionMode = 'write'): Promise<Transaction> {
    if (mode === 'read') return this.#retry(() => this.#inner.transaction('read'));
    const deadline = Date.now() + this.#timeoutMs;
    const release = await this.#queue.enter(deadline, this.#timeoutMs);
    try {
      const tx = await retryOnLockConflict(
        () => this.#inner.transaction('write'),
        deadline,
        this.#timeoutMs,
      );
      return releasingWhenSettled(tx, release);
    } catch (error) {
      release();
      throw error;
    }
  }

  // Several statements in one string may fail half-way: they are not retried.
  executeMultiple(sql: string): Promise<void> {
    return this.#inner.executeMultiple(sql);
  }

  sync(): Promise<Replicated> {
    return this.#inner.sync();
  }

  close(): void {
    this.#inner.close();
  }

  reconnect(): void {
    this.#inner.reconnect();
  }

  #retry<T>(work: () => Promise<T>): Promise<T> {
    return retryOnLockConflict(work, Date.now() + this.#timeoutMs, this.#timeoutMs);
  }

  async #queued<T>(work: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.#timeoutMs;
    const release = await this.#queue.enter(deadline, this.#timeoutMs);
    try {
      return await retryOnLockConflict(work, deadline, this.#timeoutMs);
    } finally {
      release();
    }
  }
}

/** The transaction, handing the queue on once it commits, rolls back or is closed. */
function releasingWhenSettled(tx: Transaction, release: () => void): Transaction {
  return {
    execute: (stmt) => tx.execute(stmt),
    batch: (stmts) => tx.batch(stmts),
    executeMultiple: (sql) => tx.executeMultiple(sql),
    commit: () => tx.commit().finally(release),
    rollback: () => tx.rollback().finally(release),
    close: () => {
      try {
        tx.close();
      } finally {
        release();
      }
    },
    get closed() {
      return tx.closed;
    },
  };
}
