import 'server-only';
import { setTimeout as sleep } from 'node:timers/promises';
import { DatabaseBusy } from '@/lib/errors';

/**
 * Whether an error (or one it wraps) means that another writer held the database, so the work
 * wrote nothing and may simply be run again: SQLITE_BUSY in any of its forms (BUSY_SNAPSHOT,
 * BUSY_RECOVERY…), or sqld's TRANSACTION_TIMEOUT, which rolls back a write transaction that kept
 * others waiting for more than a few seconds.
 */
export function isLockConflict(error: unknown): boolean {
  for (let depth = 0; error instanceof Error && depth < 10; depth++) {
    if (error instanceof DatabaseBusy) return false;
    const code = 'code' in error ? error.code : undefined;
    if (code === 'SQLITE_BUSY' || code === 'TRANSACTION_TIMEOUT') return true;
    error = error.cause;
  }
  return false;
}

// Between two tries: short at first, so that a writer slips into the gap between another
// process's transactions (an import's batches), capped so that a long wait costs a poll every
// few tens of milliseconds. SQLite itself offers no queue between processes.
const FIRST_DELAY_MS = 2;
const MAX_DELAY_MS = 20;

function delayBefore(attempt: number): number {
  const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 1.5 ** attempt);
  // Jitter keeps waiters that started together from trying in step.
  return base * (0.5 + Math.random());
}

/**
 * Runs `work` until it succeeds, fails for another reason than a lock conflict, or `deadline`
 * (a Date.now() value) passes; then it throws DatabaseBusy. The wait is asynchronous on purpose:
 * SQLite's own busy timeout sleeps inside the driver, blocking the whole process, and so every
 * request, and the very transaction it waits for when that runs in the same process.
 */
export async function retryOnLockConflict<T>(
  work: () => Promise<T>,
  deadline: number,
  timeoutMs: number,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isLockConflict(error)) throw error;
      const left = deadline - Date.now();
      if (left <= 0) throw new DatabaseBusy(timeoutMs, { cause: error });
      await sleep(Math.min(left, delayBefore(attempt)));
    }
  }
}

/**
 * The writers of one process, first come first served: only the first tries for the database's
 * write lock, so a process's own writers neither poll against each other nor overtake one another.
 * A writer still waiting at its deadline leaves the queue with DatabaseBusy.
 */
export class WriteQueue {
  #held = false;
  #waiting: (() => void)[] = [];

  /** Resolves with the release function once this writer is first; call it exactly once. */
  async enter(deadline: number, timeoutMs: number): Promise<() => void> {
    if (this.#held) await this.#wait(deadline, timeoutMs);
    this.#held = true;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#handOn();
    };
  }

  #wait(deadline: number, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.#waiting = this.#waiting.filter((waiter) => waiter !== turn);
        reject(new DatabaseBusy(timeoutMs));
      }, deadline - Date.now());
      this.#waiting.push(turn);
    });
  }

  #handOn(): void {
    const next = this.#waiting.shift();
    // The next writer takes the queue as it is handed on (#held stays true), so none can slip in.
    if (next) next();
    else this.#held = false;
  }
}
