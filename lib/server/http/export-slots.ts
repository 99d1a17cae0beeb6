import 'server-only';

/**
 * How many exports one server process streams at once, and how many of them one client may hold.
 * An export reads and writes out every claim: two keep both cores of a small server busy, and a
 * third would only slow the two and every other request down. Past that the answer is 503 (429
 * for a client already streaming one) with Retry-After, at once, rather than a wait.
 */
export const EXPORT_SLOTS = { total: 2, perClient: 1 } as const;

/** Seconds a refused export is told to wait: an export of a large database takes about that. */
export const EXPORT_RETRY_AFTER_S = 10;

type Outcome = { release: () => void } | { refused: 'busy' | 'client_busy' };

/** The exports running, by who asked for them; a client of null is uncounted per client. */
export class ExportSlots {
  private running = 0;
  private readonly byClient = new Map<string, number>();

  constructor(private readonly limits: { total: number; perClient: number } = EXPORT_SLOTS) {}

  /** A slot and its one-shot release, or why none was given. */
  acquire(client: string | null): Outcome {
    const held = client === null ? 0 : (this.byClient.get(client) ?? 0);
    if (held >= this.limits.perClient) return { refused: 'client_busy' };
    if (this.running >= this.limits.total) return { refused: 'busy' };
    this.running += 1;
    if (client !== null) this.byClient.set(client, held + 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.running -= 1;
        if (client === null) return;
        const left = (this.byClient.get(client) ?? 1) - 1;
        if (left > 0) this.byClient.set(client, left);
        else this.byClient.delete(client);
      },
    };
  }

  get active(): number {
    return this.running;
  }
}

export const exportSlots = new ExportSlots();
