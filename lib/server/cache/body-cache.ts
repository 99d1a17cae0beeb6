import 'server-only';

type Entry = { version: number; body: string; contentType: string };

// Bodies kept at most, in UTF-16 code units: a page of 10,000 claims is about 10 MB of JSON.
const BUDGET = 64 * 1024 * 1024;
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
  if (entry.body.length > BUDGET / 4) return;
  const previous = entries.get(key);
  if (previous) used -= previous.body.length;
  entries.delete(key);
  entries.set(key, entry);
  used += entry.body.length;
  for (const [oldest, { body }] of entries) {
    if (used <= BUDGET) break;
    entries.delete(oldest);
    used -= body.length;
  }
}
