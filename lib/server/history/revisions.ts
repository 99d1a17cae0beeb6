import 'server-only';
import type { Executor } from '@/db/client';
import { type RevisedRecord, type RevisionAction, recordRevisions } from '@/db/schema';

/** Who is writing: an editor, or nobody for the seed and the CLI. */
export type Actor = { editorId: number | null };

export const SYSTEM_ACTOR: Actor = { editorId: null };

/** Keeps a full snapshot of a topic, metric, source or document after a change. */
export async function recordRevision(
  tx: Executor,
  actor: Actor,
  record: RevisedRecord,
  recordId: number,
  action: RevisionAction,
  snapshot: unknown,
  reason?: string,
): Promise<void> {
  await tx
    .insert(recordRevisions)
    .values({ record, recordId, action, snapshot, editorId: actor.editorId, reason });
}

/** recordRevision's 'create' for many new rows of one table, in one statement. */
export async function recordCreations(
  tx: Executor,
  actor: Actor,
  record: RevisedRecord,
  created: readonly { id: number }[],
): Promise<void> {
  if (created.length === 0) return;
  await tx.insert(recordRevisions).values(
    created.map((snapshot) => ({
      record,
      recordId: snapshot.id,
      action: 'create' as const,
      snapshot,
      editorId: actor.editorId,
    })),
  );
}

/**
 * The one row an insert returned, after keeping its 'create' revision as every write does.
 * Call it with what `.returning()` answered for a single-row insert.
 */
export async function recordCreated<Row extends { id: number }>(
  tx: Executor,
  actor: Actor,
  record: RevisedRecord,
  inserted: readonly Row[],
): Promise<Row> {
  const [row] = inserted;
  if (!row) throw new Error(`Inserting a ${record} returned no row`);
  await recordCreations(tx, actor, record, inserted);
  return row;
}
