import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import {
  type RevisedRecord,
  type RevisionAction,
  metrics,
  recordRevisions,
  sources,
  topics,
} from '@/db/schema';
import type { Snapshot } from '@/lib/claims/rules/revision-diff';
import {
  type LinkedNames,
  type RecordChange,
  linkedIds,
  recordChanges,
} from '@/lib/server/catalog/record-changes';

export type { RecordChange } from '@/lib/server/catalog/record-changes';

/** One change to a topic, metric, source or document, as its history shows it. */
export type RecordRevisionView = {
  action: RevisionAction;
  created_at: string;
  editor_id: number | null;
  reason: string | null;
  // The full row as it stood after the change (its columns, camelCase, as stored).
  snapshot: Snapshot;
  /** What differs from the revision before, in words; empty for the first. */
  changes: RecordChange[];
};

/** Every revision of one record, oldest first, each with what it changed. */
export async function listRecordRevisions(
  record: RevisedRecord,
  recordId: number,
): Promise<RecordRevisionView[]> {
  const rows = await db
    .select()
    .from(recordRevisions)
    .where(and(eq(recordRevisions.record, record), eq(recordRevisions.recordId, recordId)))
    .orderBy(asc(recordRevisions.id));
  const snapshots = rows.map((r) => (isSnapshot(r.snapshot) ? r.snapshot : {}));
  const names = await linkedNames(linkedIds(record, snapshots));
  return rows.map((r, i) => {
    const snapshot = snapshots[i] ?? {};
    const previous = i > 0 ? snapshots[i - 1] : undefined;
    return {
      action: r.action,
      created_at: r.createdAt.toISOString(),
      editor_id: r.editorId,
      reason: r.reason,
      snapshot,
      changes: previous ? recordChanges(record, previous, snapshot, names) : [],
    };
  });
}

async function linkedNames(ids: ReturnType<typeof linkedIds>): Promise<LinkedNames> {
  const [metricRows, sourceRows, topicRows] = await Promise.all([
    ids.metrics.length
      ? db
          .select({ id: metrics.id, name: metrics.name })
          .from(metrics)
          .where(inArray(metrics.id, ids.metrics))
      : [],
    ids.sources.length
      ? db
          .select({ id: sources.id, name: sources.name })
          .from(sources)
          .where(inArray(sources.id, ids.sources))
      : [],
    ids.topics.length
      ? db
          .select({ id: topics.id, name: topics.title })
          .from(topics)
          .where(inArray(topics.id, ids.topics))
      : [],
  ]);
  const byId = (rows: { id: number; name: string }[]) => new Map(rows.map((r) => [r.id, r.name]));
  return { metrics: byId(metricRows), sources: byId(sourceRows), topics: byId(topicRows) };
}

// The column is JSON: every writer stores a row object, but the type cannot promise it.
function isSnapshot(value: unknown): value is Snapshot {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
