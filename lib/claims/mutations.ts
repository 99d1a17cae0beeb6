import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { db as defaultDb } from '@/db/client';
import { claimRevisions, claims } from '@/db/schema';
import type { ClaimInput } from './input';
import { qualifierInterval } from './qualifier';
import { ReferenceResolver } from './references';
import { type Actor, bumpDataVersion } from './revisions';
import { selectClaimRows, toClaimRow } from './rows';

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

export type EntryWarning = { check: string; message: string };

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
  const outcomes: WriteOutcome[] = [];
  for (const [index, input] of inputs.entries()) {
    outcomes.push(await createClaim(tx, resolver, input, actor, options.entryWarnings?.[index]));
  }
  if (outcomes.some((o) => o.status === 'inserted')) await bumpDataVersion(tx);
  return outcomes;
}

async function createClaim(
  tx: Executor,
  resolver: ReferenceResolver,
  input: ClaimInput,
  actor: Actor,
  warnings?: readonly EntryWarning[],
): Promise<WriteOutcome> {
  const metricId = await resolver.metricId(input);
  const claimantId = await resolver.claimantId(input);
  const viaId = await resolver.viaId(input);
  const documentId = await resolver.documentId(input);

  const [present] = await tx
    .select({ id: claims.id })
    .from(claims)
    .where(
      and(
        eq(claims.metricId, metricId),
        claimantId === null ? isNull(claims.claimantId) : eq(claims.claimantId, claimantId),
        eq(claims.asOf, input.as_of),
        eq(claims.value, input.value),
        eq(claims.qualifier, input.qualifier),
        eq(claims.documentId, documentId),
      ),
    );
  if (present) return { status: 'present', id: present.id };

  const interval = qualifierInterval(input.qualifier, input.value, input);
  const [{ id }] = await tx
    .insert(claims)
    .values({
      metricId,
      value: input.value,
      qualifier: input.qualifier,
      low: interval.low,
      high: interval.high,
      hasExplicitBounds: input.low !== undefined || input.high !== undefined,
      asOf: input.as_of,
      periodStart: input.period_start,
      periodEnd: input.period_end,
      claimantId,
      viaId,
      attribution: input.attribution,
      statedOn: input.stated_on,
      documentId,
      quote: input.quote,
      notes: input.notes,
      status: input.status,
      enteredBy: actor.editorId,
    })
    .returning({ id: claims.id });
  await snapshotClaim(tx, id, actor, 'create', undefined, warnings);
  return { status: 'inserted', id };
}

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
  await tx.insert(claimRevisions).values({
    claimId,
    action,
    snapshot: toClaimRow(row),
    editorId: actor.editorId,
    reason,
    warnings: warnings?.length ? [...warnings] : null,
  });
}
