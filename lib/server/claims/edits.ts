import 'server-only';
import { eq } from 'drizzle-orm';
import { type Executor, db } from '@/db/client';
import { claims } from '@/db/schema';
import { parseChangeReason } from '@/lib/claims/input/change-reason';
import { inputError } from '@/lib/errors';
import type { ClaimInput } from '@/lib/claims/input/claim-input';
import type { EntryWarning } from '@/lib/claims/checks';
import { snapshotClaim } from '@/lib/server/claims/claim-snapshot';
import { editFirstAppearance } from '@/lib/server/claims/appearances';
import { mergeWithTwin } from '@/lib/server/claims/claim-merge';
import { ReferenceResolver } from '@/lib/server/claims/references';
import { claimColumns } from '@/lib/server/claims/input-columns';
import type { Actor } from '@/lib/server/history/revisions';
import { bumpDataVersion } from '@/lib/server/data-version';

/** No claim has this id: a route answers 404, a page calls notFound(). */
export class ClaimNotFound extends Error {
  constructor(readonly claimId: number) {
    super(`No claim has id ${claimId}`);
    this.name = 'ClaimNotFound';
  }
}

export type EditOutcome = { status: 'edited' | 'unchanged'; id: number };
export type RetractOutcome = { status: 'retracted'; id: number };

export type EditClaimOptions = {
  /** The entry checks that fired for the edited input, as the editor confirmed them. */
  warnings?: readonly EntryWarning[];
};

type ClaimRecord = typeof claims.$inferSelect;

/**
 * Replaces what a claim says with a parsed canonical input, in one transaction with its 'edit'
 * revision. A changed metric, claimant, relay or document is found or created as on create; the
 * rows the claim pointed to before are left as they are. The input's `status` is ignored. Throws
 * ClaimNotFound for an unknown id, and InputError naming the field for an empty reason, a
 * retracted claim ('status') or a reference it cannot resolve; then nothing is written. An input
 * that changes nothing writes nothing and answers 'unchanged'. Confirmed entry-check warnings
 * are kept with the revision, as on create. A correction that makes the claim say exactly what
 * another active claim says makes them one (the newer merged into the older), and answers the id
 * of the one that lives on.
 */
export async function editClaim(
  claimId: number,
  input: ClaimInput,
  reason: string,
  actor: Actor,
  options: EditClaimOptions = {},
): Promise<EditOutcome> {
  const why = parseChangeReason(reason);
  return db.transaction(async (tx) => {
    const current = await activeClaim(tx, claimId, 'A retracted claim cannot be edited');
    const next = await claimColumns(new ReferenceResolver(tx, actor), input);
    if (!hasChanges(current, next)) return { status: 'unchanged', id: claimId };
    await tx
      .update(claims)
      .set({ ...next, updatedAt: new Date() })
      .where(eq(claims.id, claimId));
    await editFirstAppearance(tx, claimId, current, next);
    await snapshotClaim(tx, claimId, actor, 'edit', { reason: why, warnings: options.warnings });
    const survivor = await mergeWithTwin(tx, claimId, actor);
    await bumpDataVersion(tx);
    return { status: 'edited', id: survivor };
  });
}

/**
 * Marks a claim retracted, in one transaction with its 'retract' revision. Nothing is removed: a
 * retracted claim stays readable with its history. Throws ClaimNotFound for an unknown id, and
 * InputError naming 'status' when it is already retracted or 'reason' when no reason is given.
 */
export async function retractClaim(
  claimId: number,
  reason: string,
  actor: Actor,
): Promise<RetractOutcome> {
  const why = parseChangeReason(reason);
  return db.transaction(async (tx) => {
    await activeClaim(tx, claimId, 'This claim is already retracted');
    await tx
      .update(claims)
      .set({ status: 'retracted', updatedAt: new Date() })
      .where(eq(claims.id, claimId));
    await snapshotClaim(tx, claimId, actor, 'retract', { reason: why });
    await bumpDataVersion(tx);
    return { status: 'retracted', id: claimId };
  });
}

/**
 * Whether any column of `next` differs from the stored row. Both sides hold null for a blank:
 * Drizzle skips a key set to undefined, so an edit that clears a field must send null.
 */
export function hasChanges<Row extends Record<string, unknown>>(
  current: Row,
  next: Partial<Row>,
): boolean {
  return Object.keys(next).some((column) => current[column] !== next[column]);
}

// The transaction is BEGIN IMMEDIATE, so the status read here still holds when the update runs.
async function activeClaim(
  tx: Executor,
  claimId: number,
  whenRetracted: string,
): Promise<ClaimRecord> {
  const [row] = await tx.select().from(claims).where(eq(claims.id, claimId));
  if (!row) throw new ClaimNotFound(claimId);
  if (row.status === 'retracted') throw inputError('status', whenRetracted);
  if (row.status === 'merged')
    throw inputError(
      'status',
      `This claim was merged into claim #${row.mergedInto}: edit that one`,
    );
  return row;
}
