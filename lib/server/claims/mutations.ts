import 'server-only';
import { and, between, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { db as defaultDb } from '@/db/client';
import { insertRowsAsJson } from '@/db/json-insert';
import { CLAIM_STATUSES, claimRevisions, claims } from '@/db/schema';
import type { ClaimInput } from '@/lib/claims/input/claim-input';
import { qualifierInterval } from '@/lib/claims/rules/qualifier';
import { ReferenceResolver } from '@/lib/server/claims/references';
import type { Actor } from '@/lib/server/history/revisions';
import { bumpDataVersion } from '@/lib/server/data-version';
import { selectClaimRows, toClaimRow } from '@/lib/server/claims/rows';
import { snapshotsOf } from '@/lib/server/claims/snapshot-names';

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
  await resolver.resolveDocuments(inputs);
  const rows: ClaimInsert[] = [];
  for (const input of inputs) rows.push(await claimColumns(resolver, input, actor));

  const stored = await findStored(tx, rows);
  const outcomes: (WriteOutcome | null)[] = rows.map((row) => {
    const id = stored.get(identityOf(row));
    return id === undefined ? null : { status: 'present', id };
  });
  // A row repeated within the batch is written once; its repeats are "present".
  const firstOfKey = new Map<string, number>();
  const toInsert = rows.flatMap((row, index) => {
    if (outcomes[index] || firstOfKey.has(identityOf(row))) return [];
    firstOfKey.set(identityOf(row), index);
    return [{ row, index }];
  });

  if (toInsert.length > 0) {
    const ids = await insertRowsAsJson(
      tx,
      claims,
      CLAIM_INSERT_KEYS,
      toInsert.map((c) => c.row),
    );
    const inserted = toInsert.map((c, n) => ({ ...c.row, id: ids[n] }));
    const snapshots = await snapshotsOf(tx, inserted);
    await insertRowsAsJson(
      tx,
      claimRevisions,
      ['claimId', 'action', 'snapshot', 'editorId', 'warnings'],
      inserted.map((row, n) => ({
        claimId: row.id,
        action: 'create' as const,
        snapshot: snapshots[n],
        editorId: actor.editorId,
        warnings: nonEmpty(options.entryWarnings?.[toInsert[n].index]),
      })),
    );
    toInsert.forEach((c, n) => (outcomes[c.index] = { status: 'inserted', id: ids[n] }));
  }
  const final = outcomes.map((outcome, index) => {
    if (outcome) return outcome;
    const first = outcomes[firstOfKey.get(identityOf(rows[index])) ?? -1];
    return { status: 'present' as const, id: first?.id ?? 0 };
  });
  if (toInsert.length > 0) await bumpDataVersion(tx);
  return final;
}

type ClaimInsert = typeof claims.$inferInsert & { metricId: number; documentId: number };

// Every column claimColumns fills, in one list for the bulk insert.
const CLAIM_INSERT_KEYS = [
  'metricId',
  'value',
  'qualifier',
  'low',
  'high',
  'hasExplicitBounds',
  'asOf',
  'periodStart',
  'periodEnd',
  'claimantId',
  'viaId',
  'attribution',
  'statedOn',
  'documentId',
  'quote',
  'notes',
  'status',
  'enteredBy',
] as const satisfies readonly (keyof ClaimInsert)[];

const nonEmpty = (warnings: readonly EntryWarning[] | undefined) =>
  warnings?.length ? [...warnings] : null;

/** What makes a claim "already present" (DESIGN.md): metric, claimant, as_of, value, qualifier, document. */
const identityOf = (row: ClaimInsert) =>
  [row.metricId, row.claimantId ?? '', row.asOf, row.value, row.qualifier, row.documentId].join(
    '|',
  );

async function claimColumns(
  resolver: ReferenceResolver,
  input: ClaimInput,
  actor: Actor,
): Promise<ClaimInsert> {
  const interval = qualifierInterval(input.qualifier, input.value, input);
  return {
    metricId: await resolver.metricId(input),
    value: input.value,
    qualifier: input.qualifier,
    low: interval.low,
    high: interval.high,
    hasExplicitBounds: input.low !== undefined || input.high !== undefined,
    asOf: input.as_of,
    periodStart: input.period_start,
    periodEnd: input.period_end,
    claimantId: await resolver.claimantId(input),
    viaId: await resolver.viaId(input),
    attribution: input.attribution,
    statedOn: input.stated_on,
    documentId: await resolver.documentId(input),
    quote: input.quote,
    notes: input.notes,
    status: input.status,
    enteredBy: actor.editorId,
  };
}

/** The stored claims among these rows, by identity: one query per metric, through its as_of index. */
async function findStored(
  tx: Executor,
  rows: readonly ClaimInsert[],
): Promise<Map<string, number>> {
  const stored = new Map<string, number>();
  for (const metricId of new Set(rows.map((r) => r.metricId))) {
    const days = rows.filter((r) => r.metricId === metricId).map((r) => r.asOf);
    const found = await tx
      .select({
        id: claims.id,
        metricId: claims.metricId,
        claimantId: claims.claimantId,
        asOf: claims.asOf,
        value: claims.value,
        qualifier: claims.qualifier,
        documentId: claims.documentId,
      })
      .from(claims)
      .where(
        and(
          eq(claims.metricId, metricId),
          // Both statuses, named, so SQLite can use the (metric, status, as_of) index for the range.
          inArray(claims.status, [...CLAIM_STATUSES]),
          between(
            claims.asOf,
            days.reduce((a, b) => (a < b ? a : b)),
            days.reduce((a, b) => (a > b ? a : b)),
          ),
        ),
      );
    for (const row of found) stored.set(identityOf(row), row.id);
  }
  return stored;
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
