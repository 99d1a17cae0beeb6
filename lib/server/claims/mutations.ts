import 'server-only';
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
import { type InsertedClaim, snapshotsOf } from '@/lib/server/claims/snapshot-names';
import { addAppearance, recordFirstAppearances } from '@/lib/server/claims/appearances';
import { StoredClaims } from '@/lib/server/claims/stored-claims';
import { storedWarnings } from '@/lib/server/claims/claim-snapshot';

/**
 * What became of one figure: a new claim; another appearance of a stored claim (its document is
 * new to it); or nothing, because that claim already appears in that document.
 */
export type WriteOutcome = { status: 'inserted' | 'appearance' | 'present'; id: number };

/**
 * Writes parsed claim inputs in one transaction, creating the topic, metric, source and document
 * each names where DESIGN.md allows. A figure whose claim key matches a stored claim is not a
 * second claim (lib/server/claims/appearances.ts): from another document it becomes an appearance,
 * from one the claim already appears in it writes nothing. Every new claim gets its first
 * appearance and a 'create' revision. Throws InputError, naming the field, for a reference it
 * cannot resolve; then nothing is written.
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

  // Each row is matched against the stored claims and the rows before it. A claim this batch
  // creates has no id yet: it is known by -(its row's index + 1) until it is inserted.
  const stored = await StoredClaims.load(tx, rows);
  const plan = rows.map((row, index): WriteOutcome => {
    const match = stored.match(row);
    const id = match?.id ?? -(index + 1);
    if (!match || !match.sameDocument) stored.remember(row, id);
    return { status: !match ? 'inserted' : match.sameDocument ? 'present' : 'appearance', id };
  });

  const toInsert = plan.flatMap((p, index) =>
    p.status === 'inserted' ? [{ row: rows[index] as ClaimInsert, index }] : [],
  );
  const newIds = new Map<number, number>();
  if (toInsert.length > 0) {
    const ids = await insertRowsAsJson(
      tx,
      claims,
      CLAIM_INSERT_KEYS,
      toInsert.map((c) => c.row),
    );
    const inserted = zip(toInsert, ids).map(([c, id]) => ({ ...c, claim: { ...c.row, id } }));
    await recordFirstAppearances(
      tx,
      inserted.map((c) => c.claim),
    );
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
    for (const c of inserted) newIds.set(-(c.index + 1), c.claim.id);
  }
  const outcomes = plan.map((p) => (p.id < 0 ? { ...p, id: newIds.get(p.id) ?? 0 } : p));

  for (const [index, outcome] of outcomes.entries()) {
    const row = rows[index];
    if (outcome.status !== 'appearance' || !row) continue;
    const { documentId, quote, viaId, attribution, enteredBy } = row;
    await addAppearance(
      tx,
      outcome.id,
      { documentId, quote, viaId, attribution, enteredBy },
      actor,
      {
        warnings: options.entryWarnings?.[index],
      },
    );
  }
  if (outcomes.some((o) => o.status !== 'present')) await bumpDataVersion(tx);
  return outcomes;
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
