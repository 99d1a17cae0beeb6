import 'server-only';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { type RevisionAction, sources } from '@/db/schema';
import { type Actor, recordRevision } from '@/lib/server/history/revisions';
import { listSourceAliases } from '@/lib/server/sources/queries';

/** A source as its revisions keep it: the full row and, since sources have them, its aliases. */
export async function sourceSnapshot(tx: Executor, sourceId: number) {
  const [[row], aliases] = await Promise.all([
    tx.select().from(sources).where(eq(sources.id, sourceId)),
    listSourceAliases(tx, sourceId),
  ]);
  if (!row) throw new Error(`No source has id ${sourceId}`);
  return { ...row, aliases };
}

/** Keeps a source's snapshot, as it now stands, in its history. */
export async function recordSourceRevision(
  tx: Executor,
  actor: Actor,
  sourceId: number,
  action: RevisionAction,
  reason: string,
): Promise<void> {
  await recordRevision(
    tx,
    actor,
    'source',
    sourceId,
    action,
    await sourceSnapshot(tx, sourceId),
    reason,
  );
}
