import 'server-only';
import { type SQL, and, asc, desc, eq, isNull, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Executor } from '@/db/client';
import { sourceAliases, sources } from '@/db/schema';

// The one home of "which source does this name mean" (DESIGN.md: by slug, by name or by one of its
// aliases, case-insensitively; a merged source means the one it was merged into). Every door finds
// sources through it: the claim writer, the entry checks, the import's first pass, the catalog's
// rename check, the API's claimant filter and the source page.

/**
 * A name or slug as it is compared. Slugs are stored lowercase, so one lowering serves both. It
 * folds ASCII letters only, exactly as SQLite's lower() and the unique indexes on lower(name) do:
 * a name in Cyrillic or Arabic must get the same key in memory as in the database, or a source
 * the import created would not be found by its own name.
 */
export const sourceKey = (nameOrSlug: string): string =>
  nameOrSlug.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

// The keys below are built with SQLite's lower() too, so a file's names are judged exactly as the
// writer will look them up. Each term has its index: the slug's, lower(name)'s, and the aliases'
// lower(name) feeding the primary key. A merged source's own name is left to its survivor's
// alias (the merge made it one); the name index, partial, covers unmerged sources only.
const answersTo = (key: string): SQL | undefined =>
  or(
    eq(sources.slug, key),
    and(eq(sql`lower(${sources.name})`, key), isNull(sources.mergedInto)),
    sql`${sources.id} IN (SELECT ${sourceAliases.sourceId} FROM ${sourceAliases}
      WHERE lower(${sourceAliases.name}) = ${key})`,
  );

// A name may answer to two rows at once (a merged source's own name is also its survivor's alias;
// a slug may be another source's name): the slug wins, then the oldest source.
const bestMatchFirst = (key: string) => [desc(sql`${sources.slug} = ${key}`), asc(sources.id)];

// mergeSources keeps merged_into pointing at a source that is not merged itself (it repoints the
// sources merged into one it merges away), so one step reaches the survivor.
const survivor = alias(sources, 'survivor');
const survivorOf = eq(survivor.id, sql`coalesce(${sources.mergedInto}, ${sources.id})`);

export type SourceMatch = { id: number; slug: string; name: string };

/**
 * The source a name, slug or alias means, or null; for a merged source, the one it was merged
 * into. `except` leaves one source out: a source being renamed may keep answering to its own name.
 */
export async function findSource(
  db: Executor,
  nameOrSlug: string,
  options: { except?: number } = {},
): Promise<SourceMatch | null> {
  const key = sourceKey(nameOrSlug);
  const [found] = await db
    .select({ id: survivor.id, slug: survivor.slug, name: survivor.name })
    .from(sources)
    .innerJoin(survivor, survivorOf)
    .where(
      and(
        answersTo(key),
        options.except === undefined ? undefined : ne(survivor.id, options.except),
      ),
    )
    .orderBy(...bestMatchFirst(key))
    .limit(1);
  return found ?? null;
}

/**
 * The id of the source a name, slug or alias means, as a subquery for a condition on claims (a
 * merged source's claims have moved to its survivor, so this is the survivor's id).
 */
export function sourceIdOf(db: Executor, nameOrSlug: string) {
  const key = sourceKey(nameOrSlug);
  return db
    .select({ id: sql<number>`coalesce(${sources.mergedInto}, ${sources.id})` })
    .from(sources)
    .where(answersTo(key))
    .orderBy(...bestMatchFirst(key))
    .limit(1);
}

/** A source as its slug names it, merged or not: for the writes and reads about that very row. */
export type SourceBySlug = SourceMatch & { mergedInto: { id: number; slug: string } | null };

/** The source whose own slug this is (not a name or an alias, and never its survivor), or null. */
export async function findSourceBySlug(db: Executor, slug: string): Promise<SourceBySlug | null> {
  const [found] = await db
    .select({
      id: sources.id,
      slug: sources.slug,
      name: sources.name,
      survivorId: survivor.id,
      survivorSlug: survivor.slug,
    })
    .from(sources)
    .innerJoin(survivor, survivorOf)
    .where(eq(sources.slug, sourceKey(slug)));
  if (!found) return null;
  const { survivorId, survivorSlug, ...source } = found;
  return {
    ...source,
    mergedInto: survivorId === source.id ? null : { id: survivorId, slug: survivorSlug },
  };
}

/** Every key some stored source answers to, for judging a whole file's names in memory. */
export async function listSourceKeys(db: Executor): Promise<Set<string>> {
  const [rows, aliasRows] = await Promise.all([
    db.select({ slug: sources.slug, name: sql<string>`lower(${sources.name})` }).from(sources),
    db.select({ name: sql<string>`lower(${sourceAliases.name})` }).from(sourceAliases),
  ]);
  return new Set([
    ...rows.flatMap((source) => [source.slug, source.name]),
    ...aliasRows.map((a) => a.name),
  ]);
}
