import { setTimeout as sleep } from 'node:timers/promises';

// How long a loop runs before it pauses, and for how long. A pause of a timer's length, rather
// than one turn of the event loop, lets another request take several steps (a query, its answer,
// a chunk of a page) instead of one per slice; it costs the loop a few percent of its speed.
const SLICE_MS = 10;
const PAUSE_MS = 1;

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
    await sleep(PAUSE_MS);
    this.since = performance.now();
    return this.since < this.deadline;
  }
}
