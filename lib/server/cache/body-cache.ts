import 'server-only';

/** An answer as sent: its status, its bytes and their type. */
export type Answer = { status: number; body: Uint8Array<ArrayBuffer>; contentType: string };

type Entry = Answer & { version: number };

// Bodies kept at most, in bytes. A claims page is cut at 16 MiB (claims-page.ts), so every answer
// the API builds fits in a quarter of this: none is built again on every request for being large.
const BUDGET = 128 * 1024 * 1024;
/** The largest body kept: a quarter of the budget. */
export const MAX_KEPT_BYTES = BUDGET / 4;
const entries = new Map<string, Entry>();
let used = 0;

/** A body computed at this data version, or undefined. */
export function cachedBody(key: string, version: number): Entry | undefined {
  const entry = entries.get(key);
  if (!entry || entry.version !== version) return undefined;
  // A Map keeps insertion order: moving a hit to the end makes the first key the least recent.
  entries.delete(key);
  entries.set(key, entry);
  return entry;
}

/** Keeps a body for its data version, evicting the least recently used past the budget. */
export function keepBody(key: string, entry: Entry): void {
  if (entry.body.byteLength > MAX_KEPT_BYTES) return;
  const previous = entries.get(key);
  if (previous) used -= previous.body.byteLength;
  entries.delete(key);
  entries.set(key, entry);
  used += entry.body.byteLength;
  for (const [oldest, { body }] of entries) {
    if (used <= BUDGET) break;
    entries.delete(oldest);
    used -= body.byteLength;
  }
}

const building = new Map<string, { version: number; answer: Promise<Answer> }>();

/** The build of this key at this version that is under way, if one is: wait for it, not twice. */
export function buildUnderWay(key: string, version: number): Promise<Answer> | undefined {
  const underWay = building.get(key);
  return underWay?.version === version ? underWay.answer : undefined;
}

/**
 * Builds an answer once for everyone who asks for it while it is being built, and keeps a 200:
 * ten readers arriving together for a new page cost one build, not ten.
 */
export function buildAndKeep(
  key: string,
  version: number,
  build: () => Promise<Answer>,
): Promise<Answer> {
  const answer = build().then((built) => {
    if (built.status === 200) keepBody(key, { ...built, version });
    return built;
  });
  building.set(key, { version, answer });
  const done = () => {
    if (building.get(key)?.answer === answer) building.delete(key);
  };
  answer.then(done, done);
  return answer;
}
