import 'server-only';
import { and, eq, inArray, or } from 'drizzle-orm';
import { type Executor, db } from '@/db/client';
import { claimAppearances, claims, sourceAliases, sources } from '@/db/schema';
import { parseChangeReason } from '@/lib/claims/input/change-reason';
import { inputError } from '@/lib/errors';
import { mergeExactDuplicates } from '@/lib/server/claims/claim-merge';
import { snapshotClaim } from '@/lib/server/claims/claim-snapshot';
import { bumpDataVersion } from '@/lib/server/data-version';
import type { Actor } from '@/lib/server/history/revisions';
import { type SourceBySlug, findSourceBySlug } from '@/lib/server/sources/match';
import { recordSourceRevision } from '@/lib/server/sources/snapshot';

/** What a merge did: the two slugs, how many claims moved, how many then merged as duplicates. */
export type SourceMergeOutcome = {
  from: string;
  into: string;
  claimsMoved: number;
  duplicatesMerged: number;
};

/**
 * Merges two sources found to be one (DESIGN.md "source aliases"), in one transaction: the one
 * merged away (`fromSlug`) points at the survivor (`intoSlug`), its name and aliases become the
 * survivor's aliases, its claims (as claimant or relay) move with an 'edit' revision each, the
 * sources once merged into it point at the survivor, and claims that became exact duplicates are
 * merged. Both sources get a 'merge' revision. InputError naming 'from' or 'into' for an unknown
 * slug, a merged source, the same source twice or a cycle; 'reason' for no reason.
 */
export async function mergeSources(
  fromSlug: string,
  intoSlug: string,
  reason: string,
  actor: Actor,
): Promise<SourceMergeOutcome> {
  const why = parseChangeReason(reason);
  return db.transaction(async (tx) => {
    const from = await findSourceBySlug(tx, fromSlug);
    if (!from) throw inputError('from', `No source has the slug '${fromSlug}'`);
    const into = await findSourceBySlug(tx, intoSlug);
    if (!into) throw inputError('into', `No source has the slug '${intoSlug}'`);
    refuseMerge(from, into);
    await moveNames(tx, from, into);
    await repointMergedSources(tx, from, into, actor, why);
    const claimsMoved = await moveClaims(tx, from, into, actor, why);
    const duplicatesMerged = await mergeExactDuplicates(tx, actor, { claimantId: into.id });
    await recordSourceRevision(
      tx,
      actor,
      from.id,
      'merge',
      `Merged into ${into.name} (${into.slug}): ${why}`,
    );
    await recordSourceRevision(
      tx,
      actor,
      into.id,
      'merge',
      `${from.name} (${from.slug}) was merged into this source: ${why}`,
    );
    await bumpDataVersion(tx);
    return { from: from.slug, into: into.slug, claimsMoved, duplicatesMerged };
  });
}

// Merged sources keep pointing at a source that is not merged itself (lib/server/sources/match.ts
// relies on it): so neither side may be merged already, which also rules out every cycle.
function refuseMerge(from: SourceBySlug, into: SourceBySlug): void {
  if (from.id === into.id) throw inputError('into', 'A source cannot be merged into itself');
  if (into.mergedInto?.id === from.id)
    throw inputError(
      'into',
      `'${into.slug}' was merged into '${from.slug}': merging '${from.slug}' into it would make a cycle`,
    );
  if (from.mergedInto)
    throw inputError('from', `'${from.slug}' was already merged into '${from.mergedInto.slug}'`);
  if (into.mergedInto)
    throw inputError(
      'into',
      `'${into.slug}' was merged into '${into.mergedInto.slug}': merge into '${into.mergedInto.slug}' instead`,
    );
}

/** The merged-away source's name and aliases become the survivor's aliases. */
async function moveNames(tx: Executor, from: SourceBySlug, into: SourceBySlug): Promise<void> {
  await tx
    .update(sourceAliases)
    .set({ sourceId: into.id })
    .where(eq(sourceAliases.sourceId, from.id));
  await tx.insert(sourceAliases).values({ sourceId: into.id, name: from.name });
  await tx.update(sources).set({ mergedInto: into.id }).where(eq(sources.id, from.id));
}

/** Sources once merged into the one merged away now point at the survivor, each with a revision. */
async function repointMergedSources(
  tx: Executor,
  from: SourceBySlug,
  into: SourceBySlug,
  actor: Actor,
  why: string,
): Promise<void> {
  const repointed = await tx
    .update(sources)
    .set({ mergedInto: into.id })
    .where(eq(sources.mergedInto, from.id))
    .returning({ id: sources.id });
  for (const { id } of repointed) {
    const reason = `${from.name} (${from.slug}), which this source was merged into, was merged into ${into.name} (${into.slug}): ${why}`;
    await recordSourceRevision(tx, actor, id, 'merge', reason);
  }
}

/**
 * Every claim that names the merged-away source, as claimant or as a relay of any of its
 * appearances, now names the survivor; each keeps an 'edit' revision. Returns how many moved.
 */
async function moveClaims(
  tx: Executor,
  from: SourceBySlug,
  into: SourceBySlug,
  actor: Actor,
  why: string,
): Promise<number> {
  const relayedIn = tx
    .select({ id: claimAppearances.claimId })
    .from(claimAppearances)
    .where(eq(claimAppearances.viaId, from.id));
  const affected = await tx
    .select({ id: claims.id })
    .from(claims)
    .where(
      or(eq(claims.claimantId, from.id), eq(claims.viaId, from.id), inArray(claims.id, relayedIn)),
    )
    .orderBy(claims.id);
  if (affected.length === 0) return 0;
  const updatedAt = new Date();
  await tx
    .update(claims)
    .set({ claimantId: into.id, updatedAt })
    .where(eq(claims.claimantId, from.id));
  await tx.update(claims).set({ viaId: into.id, updatedAt }).where(eq(claims.viaId, from.id));
  await tx
    .update(claimAppearances)
    .set({ viaId: into.id })
    .where(eq(claimAppearances.viaId, from.id));
  // A claim one of them relayed from the other would now relay itself: it was the claimant's own.
  const ownClaims = tx.select({ id: claims.id }).from(claims).where(eq(claims.claimantId, into.id));
  await tx
    .update(claimAppearances)
    .set({ viaId: null })
    .where(and(eq(claimAppearances.viaId, into.id), inArray(claimAppearances.claimId, ownClaims)));
  await tx
    .update(claims)
    .set({ viaId: null })
    .where(and(eq(claims.viaId, into.id), eq(claims.claimantId, into.id)));
  const reason = `Source ${from.name} (${from.slug}) was merged into ${into.name} (${into.slug}): ${why}`;
  for (const { id } of affected) await snapshotClaim(tx, id, actor, 'edit', { reason });
  return affected.length;
}
