import 'server-only';
import Database from 'libsql';

type Connection = InstanceType<typeof Database>;
type Statement = ReturnType<Connection['prepare']>;

const PATCHED = Symbol.for('tally.retireBusyConnections');
const RUNS = ['run', 'get', 'all', 'iterate'] as const;

/**
 * Retires a local connection as soon as one of its statements fails for a lock (SQLITE_BUSY or
 * SQLITE_LOCKED), so that the failure cannot reach the writes that come after it.
 *
 * SQLite keeps a statement that failed busy "in progress", for the caller to step it again, and
 * libSQL's driver (libsql 0.5) never resets it (libsql-client-ts#352): until the garbage collector
 * finalizes it, its connection cannot commit ("cannot commit transaction - SQL statements in
 * progress"), and a write made on it outside a transaction is reported as done but left
 * uncommitted, holding the write lock, and lost with the process. @libsql/client lends its
 * connections from a pool, so one busy failure would poison whatever borrows that connection next.
 *
 * Marked closed, the connection is dropped by the pool, which opens a fresh one; the native
 * connection is closed a moment later, once the client's own clean-up, which still reads it in the
 * same tick (reading a closed one aborts the process), is done.
 */
export function retireConnectionsAfterLockFailures(): void {
  const prototype: Connection & { [PATCHED]?: true } = Database.prototype;
  if (prototype[PATCHED]) return;
  prototype[PATCHED] = true;
  const { prepare, exec } = prototype;

  prototype.prepare = function (this: Connection, source: string) {
    const statement: Statement = prepare.call(this, source);
    for (const name of RUNS) {
      const run = statement[name] as (...params: unknown[]) => unknown;
      Object.defineProperty(statement, name, {
        value: (...params: unknown[]) =>
          retiringOnLockFailure(this, () => run.apply(statement, params)),
      });
    }
    return statement;
  } as Connection['prepare'];

  prototype.exec = function (this: Connection, source: string) {
    return retiringOnLockFailure(this, () => exec.call(this, source));
  };
}

function retiringOnLockFailure<T>(connection: Connection, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (isLockFailure(error) && connection.open) {
      connection.open = false;
      setImmediate(() => Database.prototype.close.call(connection));
    }
    throw error;
  }
}

const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;

function isLockFailure(error: unknown): boolean {
  if (!(error instanceof Error) || !('rawCode' in error) || typeof error.rawCode !== 'number') {
    return false;
  }
  const primary = error.rawCode & 0xff;
  return primary === SQLITE_BUSY || primary === SQLITE_LOCKED;
}
