import 'server-only';
import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { claimAppearances, claims } from '@/db/schema';
import type { Actor } from '@/lib/server/history/revisions';
import { addAppearance } from '@/lib/server/claims/appearances';
import { snapshotClaim } from '@/lib/server/claims/claim-snapshot';
import { CLAIM_KEY_COLUMNS } from '@/lib/server/claims/stored-claims';

// Exact duplicates become one claim: the one merged away keeps its history and lives on in the
// survivor, which gains the documents it appeared in.

/**
 * Merges claim `fromId`, an exact duplicate, into `intoId`: the documents it appeared in that the
 * survivor lacks become the survivor's appearances (entered when they first were), and it takes
 * status 'merged' with merged_into. Both keep every revision; each gets one for the merge.
 */
export async function mergeClaimInto(
  tx: Executor,
  fromId: number,
  intoId: number,
  actor: Actor,
  reason: string,
): Promise<void> {
  const [moving, present] = await Promise.all([
    tx.select().from(claimAppearances).where(eq(claimAppearances.claimId, fromId)),
    tx
      .select({ documentId: claimAppearances.documentId })
      .from(claimAppearances)
      .where(eq(claimAppearances.claimId, intoId)),
  ]);
  const presentDocuments = new Set(present.map((p) => p.documentId));
  for (const { documentId, quote, viaId, attribution, enteredBy, createdAt } of moving) {
    if (presentDocuments.has(documentId)) continue;
    await addAppearance(
      tx,
      intoId,
      { documentId, quote, viaId, attribution, enteredBy, createdAt },
      actor,
      { reason: `From claim #${fromId}, merged into this one: ${reason}` },
    );
  }
  await tx
    .update(claims)
    .set({ status: 'merged', mergedInto: intoId, updatedAt: new Date() })
    .where(eq(claims.id, fromId));
  await snapshotClaim(tx, fromId, actor, 'merge', {
    reason: `Merged into claim #${intoId}: ${reason}`,
  });
}

/** Which claims to look among: all of them, or one claimant's (after a merge of sources). */
export type DuplicateFilter = { claimantId?: number };

/** Active attributed claims that share a key with an older one, each with the oldest's id. */
export async function findExactDuplicates(
  tx: Executor,
  filter: DuplicateFilter = {},
): Promise<{ id: number; survivorId: number }[]> {
  const ranked = tx
    .select({
      id: claims.id,
      survivorId: sql<number>`min(${claims.id}) OVER (PARTITION BY ${sql.join(
        CLAIM_KEY_COLUMNS.map((column) => claims[column]),
        sql`, `,
      )})`.as('survivor_id'),
    })
    .from(claims)
    .where(
      and(
        eq(claims.status, 'active'),
        filter.claimantId === undefined
          ? sql`${claims.claimantId} IS NOT NULL`
          : eq(claims.claimantId, filter.claimantId),
      ),
    )
    .as('ranked');
  return tx
    .select({ id: ranked.id, survivorId: ranked.survivorId })
    .from(ranked)
    .where(sql`${ranked.id} <> ${ranked.survivorId}`)
    .orderBy(asc(ranked.id));
}

/** Merges every exact duplicate into the oldest claim of its key; returns how many were merged. */
export async function mergeExactDuplicates(
  tx: Executor,
  actor: Actor,
  filter: DuplicateFilter = {},
): Promise<number> {
  const duplicates = await findExactDuplicates(tx, filter);
  for (const { id, survivorId } of duplicates) {
    await mergeClaimInto(
      tx,
      id,
      survivorId,
      actor,
      'the same claimant, metric, figure and dates were stored twice',
    );
  }
  return duplicates.length;
}

/**
 * After a correction, the claim may now say exactly what another active claim says: then they
 * are one claim, and the newer is merged into the older. Returns the claim that lives on.
 * Unattributed figures never merge.
 */
export async function mergeWithTwin(tx: Executor, claimId: number, actor: Actor): Promise<number> {
  const [claim] = await tx.select().from(claims).where(eq(claims.id, claimId));
  if (!claim || claim.claimantId === null || claim.status !== 'active') return claimId;
  const sameKey = CLAIM_KEY_COLUMNS.map((column) =>
    claim[column] === null ? isNull(claims[column]) : eq(claims[column], claim[column]),
  );
  const [twin] = await tx
    .select({ id: claims.id })
    .from(claims)
    .where(and(eq(claims.status, 'active'), ne(claims.id, claimId), ...sameKey))
    .orderBy(asc(claims.id))
    .limit(1);
  if (!twin) return claimId;
  const [older, newer] = twin.id < claimId ? [twin.id, claimId] : [claimId, twin.id];
  await mergeClaimInto(
    tx,
    newer,
    older,
    actor,
    `the correction of claim #${claimId} made it the same claim as #${twin.id}`,
  );
  return older;
}
