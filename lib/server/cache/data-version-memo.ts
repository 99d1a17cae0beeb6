import 'server-only';
import { currentDataVersion } from '@/lib/server/data-version';

type Entry = { version: number; value: Promise<unknown> };

const MAX_ENTRIES = 200;
const entries = new Map<string, Entry>();

/**
 * Computes a value once per data version: every write, from this instance, the CLI or another
 * instance, bumps the version, so the next request recomputes and nothing stale is served.
 * Worth it for work that reads a whole metric, such as its consistency checks.
 */
export async function memoByDataVersion<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const version = await currentDataVersion();
  const cached = entries.get(key);
  // A Map keeps insertion order: moving each use to the end makes the first key the least recently
  // used, so a value every request needs (a metric's flags) outlives a flood of one-off keys.
  entries.delete(key);
  // A key names one computation, so what it keeps is always that computation's T.
  if (cached && cached.version === version) {
    entries.set(key, cached);
    return cached.value as Promise<T>;
  }
  const value = compute();
  entries.set(key, { version, value });
  const oldest = entries.keys().next();
  if (entries.size > MAX_ENTRIES && !oldest.done) entries.delete(oldest.value);
  // A failed computation must not be remembered.
  value.catch(() => entries.get(key)?.value === value && entries.delete(key));
  return value;
}
