import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { type RevisedRecord, type RevisionAction, recordRevisions } from '@/db/schema';
import type { Snapshot } from '@/lib/claims/rules/revision-diff';

/** One change to a topic, metric, source or document, as its history shows it. */
export type RecordRevision = {
  action: RevisionAction;
  created_at: string;
  editor_id: number | null;
  reason: string | null;
  // The full row as it stood after the change (its columns, camelCase, as stored).
  snapshot: Snapshot;
};

/** Every revision of one record, oldest first. */
export async function listRecordRevisions(
  record: RevisedRecord,
  recordId: number,
): Promise<RecordRevision[]> {
  const rows = await db
    .select()
    .from(recordRevisions)
    .where(and(eq(recordRevisions.record, record), eq(recordRevisions.recordId, recordId)))
    .orderBy(asc(recordRevisions.id));
  return rows.map((r) => ({
    action: r.action,
    created_at: r.createdAt.toISOString(),
    editor_id: r.editorId,
    reason: r.reason,
    snapshot: isSnapshot(r.snapshot) ? r.snapshot : {},
  }));
}

// The column is JSON: every writer stores a row object, but the type cannot promise it.
function isSnapshot(value: unknown): value is Snapshot {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
