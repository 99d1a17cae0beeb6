import 'server-only';
import { type SQL, and, eq, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sources } from '@/db/schema';

// The one home of "which source does this name mean" (DESIGN.md: by slug or by name,
// case-insensitively). Every door finds sources through it: the claim writer, the entry checks,
// the import's first pass and the catalog's rename check. Source aliases belong here too:
// `answersTo` and `listSourceKeys` are the two places that will read them.

/**
 * A name or slug as it is compared. Slugs are stored lowercase, so one lowering serves both. It
 * folds ASCII letters only, exactly as SQLite's lower() and the unique index on lower(name) do:
 * a name in Cyrillic or Arabic must get the same key in memory as in the database, or a source
 * the import created would not be found by its own name.
 */
export const sourceKey = (nameOrSlug: string): string =>
  nameOrSlug.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

// The keys below are built with SQLite's lower() too, so a file's names are judged exactly as the
// writer will look them up.
const answersTo = (nameOrSlug: string): SQL | undefined => {
  const key = sourceKey(nameOrSlug);
  return or(eq(sources.slug, key), eq(sql`lower(${sources.name})`, key));
};

export type SourceMatch = { id: number; slug: string; name: string };

/**
 * The source a name or slug means, or null. `except` leaves one source out: a source being
 * renamed may keep answering to its own name.
 */
export async function findSource(
  db: Executor,
  nameOrSlug: string,
  options: { except?: number } = {},
): Promise<SourceMatch | null> {
  const [found] = await db
    .select({ id: sources.id, slug: sources.slug, name: sources.name })
    .from(sources)
    .where(
      and(
        answersTo(nameOrSlug),
        options.except === undefined ? undefined : ne(sources.id, options.except),
      ),
    );
  return found ?? null;
}

/** Every key some stored source answers to, for judging a whole file's names in memory. */
export async function listSourceKeys(db: Executor): Promise<Set<string>> {
  const rows = await db
    .select({ slug: sources.slug, name: sql<string>`lower(${sources.name})` })
    .from(sources);
  return new Set(rows.flatMap((source) => [source.slug, source.name]));
}
