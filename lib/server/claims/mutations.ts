import 'server-only';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { db as defaultDb } from '@/db/client';
import { insertRowsAsJson } from '@/db/json-insert';
import { claimRevisions, claims } from '@/db/schema';
import type { ClaimInput } from '@/lib/claims/input/claim-input';
import type { EntryWarning } from '@/lib/claims/checks';
import { CLAIM_INPUT_COLUMNS, claimColumns } from '@/lib/server/claims/input-columns';
import { ReferenceResolver } from '@/lib/server/claims/references';
import type { Actor } from '@/lib/server/history/revisions';
import { bumpDataVersion } from '@/lib/server/data-version';
import { selectClaimRows, toClaimRow } from '@/lib/server/claims/rows';
import { type InsertedClaim, snapshotsOf } from '@/lib/server/claims/snapshot-names';
import { findPresentClaims, claimIdentity } from '@/lib/server/claims/already-present';

export type WriteOutcome = { status: 'inserted' | 'present'; id: number };

/**
 * Writes parsed claim inputs in one transaction: each claim with its 'create' revision, creating
 * the topic, metric, source and document it names where DESIGN.md allows. A claim that is
 * already present (same metric, claimant, as_of, value, qualifier and document) is not written
 * again. Throws InputError, naming the field, for a reference it cannot resolve; then nothing
 * is written.
 */
export async function createClaims(
  inputs: readonly ClaimInput[],
  actor: Actor,
  options: ClaimWriteOptions = {},
): Promise<WriteOutcome[]> {
  return defaultDb.transaction((tx) => writeClaims(tx, inputs, actor, options));
}

export type ClaimWriteOptions = {
  /** Descriptions for metrics the inputs create, by slug: the CSV has no column for them. */
  metricDescriptions?: ReadonlyMap<string, string>;
  /** The entry checks that fired for each input (same order), stored with its revision. */
  entryWarnings?: readonly (readonly EntryWarning[])[];
};

/** createClaims inside a transaction the caller already holds. */
export async function writeClaims(
  tx: Executor,
  inputs: readonly ClaimInput[],
  actor: Actor,
  options: ClaimWriteOptions = {},
): Promise<WriteOutcome[]> {
  const resolver = new ReferenceResolver(tx, actor, options.metricDescriptions);
  await resolver.resolveDocuments(inputs);
  const rows: ClaimInsert[] = [];
  for (const input of inputs) {
    const columns = await claimColumns(resolver, input);
    rows.push({ ...columns, status: input.status, enteredBy: actor.editorId });
  }

  const stored = await findPresentClaims(tx, rows);
  const outcomes: (WriteOutcome | null)[] = rows.map((row) => {
    const id = stored.get(claimIdentity(row));
    return id === undefined ? null : { status: 'present', id };
  });
  // A row repeated within the batch is written once; its repeats are "present".
  const firstOfKey = new Map<string, number>();
  const toInsert = rows.flatMap((row, index) => {
    if (outcomes[index] || firstOfKey.has(claimIdentity(row))) return [];
    firstOfKey.set(claimIdentity(row), index);
    return [{ row, index }];
  });

  if (toInsert.length > 0) {
    const ids = await insertRowsAsJson(
      tx,
      claims,
      CLAIM_INSERT_KEYS,
      toInsert.map((c) => c.row),
    );
    const inserted = zip(toInsert, ids).map(([c, id]) => ({ ...c, claim: { ...c.row, id } }));
    const snapshots = await snapshotsOf(
      tx,
      inserted.map((c) => c.claim),
    );
    await insertRowsAsJson(
      tx,
      claimRevisions,
      ['claimId', 'action', 'snapshot', 'editorId', 'warnings'],
      zip(inserted, snapshots).map(([c, snapshot]) => ({
        claimId: c.claim.id,
        action: 'create' as const,
        snapshot,
        editorId: actor.editorId,
        warnings: storedWarnings(options.entryWarnings?.[c.index]),
      })),
    );
    for (const c of inserted) outcomes[c.index] = { status: 'inserted', id: c.claim.id };
  }
  const final = rows.map((row, index): WriteOutcome => {
    const first = outcomes[firstOfKey.get(claimIdentity(row)) ?? -1];
    return outcomes[index] ?? { status: 'present', id: first?.id ?? 0 };
  });
  if (toInsert.length > 0) await bumpDataVersion(tx);
  return final;
}

type ClaimInsert = Omit<InsertedClaim, 'id'> & { enteredBy: number | null };

// Every column a new claim is given, in one list for the bulk insert.
const CLAIM_INSERT_KEYS = [...CLAIM_INPUT_COLUMNS, 'status', 'enteredBy'] as const;

/** Pairs each item with the one in the same place of a list the database answered for them. */
function zip<A, B>(items: readonly A[], answers: readonly B[]): [A, B][] {
  if (answers.length !== items.length)
    throw new Error(`Expected ${items.length} rows from the database, got ${answers.length}`);
  return items.flatMap((item, n) => {
    const answer = answers[n];
    return answer === undefined ? [] : [[item, answer] as [A, B]];
  });
}

/** What a revision's warnings column keeps: null rather than an empty list. */
const storedWarnings = (warnings: readonly EntryWarning[] | undefined): EntryWarning[] | null =>
  warnings?.length ? [...warnings] : null;

/** Stores the claim as it now stands, with the names it points to, as a revision. */
export async function snapshotClaim(
  tx: Executor,
  claimId: number,
  actor: Actor,
  action: 'create' | 'edit' | 'retract',
  reason?: string,
  warnings?: readonly EntryWarning[],
): Promise<void> {
  const [row] = await selectClaimRows(tx).where(eq(claims.id, claimId));
  if (!row) throw new Error(`No claim has id ${claimId}`);
  await tx.insert(claimRevisions).values({
    claimId,
    action,
    snapshot: toClaimRow(row),
    editorId: actor.editorId,
    reason,
    warnings: storedWarnings(warnings),
  });
}
