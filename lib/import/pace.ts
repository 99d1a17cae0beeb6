import { setImmediate as nextTurn } from 'node:timers/promises';

// Long enough that the pauses cost nothing measurable, short enough that another request waits at
// most this long for its turn.
const SLICE_MS = 20;

/**
 * Keeps a long loop over a file from holding the event loop: `await pace.breathe()` once per row
 * lets other requests (and a signal to stop the server) run after every slice of work, and says
 * whether the loop is still within its budget.
 */
export class Pace {
  private readonly deadline: number;
  private since = performance.now();

  constructor(budgetMs = Number.POSITIVE_INFINITY) {
    this.deadline = this.since + budgetMs;
  }

  /** False once the budget is spent: the loop should stop there. */
  async breathe(): Promise<boolean> {
    if (performance.now() - this.since < SLICE_MS) return true;
    await nextTurn();
    this.since = performance.now();
    return this.since < this.deadline;
  }
}
