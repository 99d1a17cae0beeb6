import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { insertRowsAsJson } from '@/db/json-insert';
import { claimAppearances, claims, documents } from '@/db/schema';
import type { EntryWarning } from '@/lib/claims/checks';
import { inputError } from '@/lib/errors';
import type { Actor } from '@/lib/server/history/revisions';
import { snapshotClaim } from '@/lib/server/claims/claim-snapshot';
import type { ClaimColumns } from '@/lib/server/claims/input-columns';

// Where a claim appeared (DESIGN.md "appearance"). A claim's documentId, quote, viaId,
// attribution and appearanceCount mirror claim_appearances (its first appearance, and how many it
// has), so that every read of a claim needs no second join. After a claim is created they are
// written here, and by a source merge that moves a relay (lib/server/sources/merge.ts).

/** Where a claim appeared: the appearance's own columns. */
export type AppearanceColumns = Pick<
  ClaimColumns,
  'documentId' | 'quote' | 'viaId' | 'attribution'
> & { enteredBy: number | null };

/** The first appearances of claims just inserted, in one statement per few thousand. */
export async function recordFirstAppearances(
  tx: Executor,
  created: readonly (AppearanceColumns & { id: number })[],
): Promise<void> {
  if (created.length === 0) return;
  await insertRowsAsJson(
    tx,
    claimAppearances,
    ['claimId', 'documentId', 'quote', 'viaId', 'attribution', 'enteredBy'],
    created.map((c) => ({
      claimId: c.id,
      documentId: c.documentId,
      quote: c.quote,
      viaId: c.viaId,
      attribution: c.attribution,
      enteredBy: c.enteredBy,
    })),
  );
}

/**
 * Adds a document a stored claim appeared in, with its 'appearance' revision. The caller has
 * checked (through StoredClaims) that the claim does not appear in that document yet.
 */
export async function addAppearance(
  tx: Executor,
  claimId: number,
  appearance: AppearanceColumns & { createdAt?: Date },
  actor: Actor,
  details: { reason?: string; warnings?: readonly EntryWarning[] } = {},
): Promise<void> {
  const [added] = await tx
    .insert(claimAppearances)
    .values({ claimId, ...appearance })
    .returning({ id: claimAppearances.id });
  if (!added) throw new Error(`No appearance was added to claim ${claimId}`);
  await tx
    .update(claims)
    .set({ appearanceCount: sql`${claims.appearanceCount} + 1`, updatedAt: new Date() })
    .where(eq(claims.id, claimId));
  await syncFirstAppearances(tx, [claimId]);
  await snapshotClaim(tx, claimId, actor, 'appearance', { ...details, appearanceId: added.id });
}

/**
 * An edit of a claim's document, quote, relay or attribution is an edit of its first appearance:
 * the appearance row follows, then the first is chosen again (the new document may be later).
 */
export async function editFirstAppearance(
  tx: Executor,
  claimId: number,
  before: Pick<AppearanceColumns, 'documentId'>,
  after: Omit<AppearanceColumns, 'enteredBy'>,
): Promise<void> {
  if (after.documentId !== before.documentId) {
    const [twin] = await tx
      .select({ id: claimAppearances.id })
      .from(claimAppearances)
      .where(
        and(
          eq(claimAppearances.claimId, claimId),
          eq(claimAppearances.documentId, after.documentId),
        ),
      );
    if (twin) throw inputError('url', 'This claim already appears in that document');
  }
  await tx
    .update(claimAppearances)
    .set(after)
    .where(
      and(
        eq(claimAppearances.claimId, claimId),
        eq(claimAppearances.documentId, before.documentId),
      ),
    );
  await syncFirstAppearances(tx, [claimId]);
}

/**
 * Copies each claim's first appearance (earliest published, then earliest entered) onto it: after
 * an appearance is added or edited, or a document's date changes.
 */
export async function syncFirstAppearances(
  tx: Executor,
  claimIds: readonly number[],
): Promise<void> {
  for (const claimId of claimIds) {
    const [first] = await tx
      .select({
        documentId: claimAppearances.documentId,
        quote: claimAppearances.quote,
        viaId: claimAppearances.viaId,
        attribution: claimAppearances.attribution,
      })
      .from(claimAppearances)
      .innerJoin(documents, eq(documents.id, claimAppearances.documentId))
      .where(eq(claimAppearances.claimId, claimId))
      .orderBy(...FIRST_APPEARANCE_ORDER)
      .limit(1);
    if (first) await tx.update(claims).set(first).where(eq(claims.id, claimId));
  }
}

/**
 * The claims that appear in this document and in others: those whose first appearance may move
 * when its date changes. A claim seen only here keeps it whatever the date.
 */
export async function claimsSharingDocument(tx: Executor, documentId: number): Promise<number[]> {
  const rows = await tx
    .selectDistinct({ claimId: claimAppearances.claimId })
    .from(claimAppearances)
    .innerJoin(claims, eq(claims.id, claimAppearances.claimId))
    .where(and(eq(claimAppearances.documentId, documentId), sql`${claims.appearanceCount} > 1`));
  return rows.map((row) => row.claimId);
}

/** The order of a claim's appearances: the first one first (DESIGN.md). Undated ones go last. */
export const FIRST_APPEARANCE_ORDER = [
  sql`${documents.publishedOn} IS NULL`,
  asc(documents.publishedOn),
  asc(claimAppearances.createdAt),
  asc(claimAppearances.id),
];
