// A time limit for one extraction. Extraction is synchronous, so the limit is checked as it goes
// (between sentences, figures and verbs, each linear in its sentence), not enforced from outside;
// in the browser the worker that runs it is also ended once the limit has passed.

/** How long one extraction may take before it gives up, in the editor and in `tally extract`. */
export const EXTRACT_TIME_LIMIT_MS = 5000;

/** Thrown inside an extraction once its time limit has passed; extractDrafts turns it into a message. */
export class TooSlow extends Error {
  constructor() {
    super('the extraction ran past its time limit');
  }
}

let deadline = Infinity;

/** Runs `work` with a time limit of `limitMs` from now, checked by checkDeadline. */
export function withDeadline<T>(limitMs: number, work: () => T): T {
  const outer = deadline;
  deadline = Math.min(outer, performance.now() + limitMs);
  try {
    return work();
  } finally {
    deadline = outer;
  }
}

/** Throws TooSlow once the time limit of the extraction running now has passed. */
export function checkDeadline(): void {
  if (deadline !== Infinity && performance.now() > deadline) throw new TooSlow();
}
