import 'server-only';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { type RevisionAction, claimRevisions, claims } from '@/db/schema';
import type { EntryWarning } from '@/lib/claims/checks';
import type { Actor } from '@/lib/server/history/revisions';
import { selectClaimRows, toClaimRow } from '@/lib/server/claims/rows';

/** What a revision's warnings column keeps: null rather than an empty list. */
export const storedWarnings = (
  warnings: readonly EntryWarning[] | undefined,
): EntryWarning[] | null => (warnings?.length ? [...warnings] : null);

export type SnapshotDetails = {
  reason?: string;
  warnings?: readonly EntryWarning[];
  /** For an 'appearance' revision: the appearance it added. */
  appearanceId?: number;
};

/** Stores the claim as it now stands, with the names it points to, as a revision. */
export async function snapshotClaim(
  tx: Executor,
  claimId: number,
  actor: Actor,
  action: RevisionAction,
  details: SnapshotDetails = {},
): Promise<void> {
  const [row] = await selectClaimRows(tx).where(eq(claims.id, claimId));
  if (!row) throw new Error(`No claim has id ${claimId}`);
  await tx.insert(claimRevisions).values({
    claimId,
    action,
    snapshot: toClaimRow(row),
    editorId: actor.editorId,
    reason: details.reason,
    warnings: storedWarnings(details.warnings),
    appearanceId: details.appearanceId,
  });
}
