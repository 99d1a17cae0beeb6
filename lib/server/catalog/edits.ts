import 'server-only';
import { and, eq, isNull, ne, or, sql } from 'drizzle-orm';
import { type Executor, db } from '@/db/client';
import { type RevisedRecord, documents, metrics, sources } from '@/db/schema';
import { parseChangeReason } from '@/lib/claims/input/change-reason';
import { hasChanges } from '@/lib/server/claims/edits';
import { inputError } from '@/lib/errors';
import { type Actor, recordRevision } from '@/lib/server/history/revisions';
import { bumpDataVersion } from '@/lib/server/data-version';
import type { DocumentEdit, MetricEdit, SourceEdit } from '@/lib/catalog/inputs';
import { metricParentId } from '@/lib/server/catalog/metric-parent';

/** No metric, source or document has this id: a route answers 404. */
export class RecordNotFound extends Error {
  constructor(
    readonly record: RevisedRecord,
    readonly recordId: number,
  ) {
    super(`No ${record} has id ${recordId}`);
    this.name = 'RecordNotFound';
  }
}

export type RecordEditOutcome = { status: 'edited' | 'unchanged'; id: number };

/**
 * Replaces a metric's editable fields, in one transaction with an 'edit' revision holding the
 * full row. Throws RecordNotFound for an unknown id, InputError naming 'parent' for an unknown
 * parent or one that would make the metric its own ancestor, 'reason' for an empty reason.
 */
export async function editMetric(
  metricId: number,
  input: MetricEdit,
  reason: string,
  actor: Actor,
): Promise<RecordEditOutcome> {
  const why = parseChangeReason(reason);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(metrics).where(eq(metrics.id, metricId));
    if (!current) throw new RecordNotFound('metric', metricId);
    const next = {
      name: input.name,
      description: input.description ?? null,
      unit: input.unit,
      kind: input.kind,
      parentId: input.parent ? await metricParentId(tx, metricId, input.parent) : null,
      isPartsComplete: input.parts_complete,
    };
    if (!hasChanges(current, next)) return { status: 'unchanged', id: metricId };
    const [row] = await tx.update(metrics).set(next).where(eq(metrics.id, metricId)).returning();
    return saveRevision(tx, actor, 'metric', row, why);
  });
}

/**
 * Replaces a source's editable fields, in one transaction with an 'edit' revision. Throws
 * RecordNotFound for an unknown id, InputError naming 'name' when another source already answers
 * to that name (sources are matched by slug or name, case-insensitively), 'reason' for no reason.
 */
export async function editSource(
  sourceId: number,
  input: SourceEdit,
  reason: string,
  actor: Actor,
): Promise<RecordEditOutcome> {
  const why = parseChangeReason(reason);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(sources).where(eq(sources.id, sourceId));
    if (!current) throw new RecordNotFound('source', sourceId);
    const next = {
      name: input.name,
      kind: input.kind,
      url: input.url ?? null,
      description: input.description ?? null,
    };
    if (!hasChanges(current, next)) return { status: 'unchanged', id: sourceId };
    if (next.name !== current.name) await refuseNamesake(tx, sourceId, next.name);
    const [row] = await tx.update(sources).set(next).where(eq(sources.id, sourceId)).returning();
    return saveRevision(tx, actor, 'source', row, why);
  });
}

/**
 * Replaces a document's editable fields, in one transaction with an 'edit' revision. Every claim
 * citing it then shows the corrected link or title. Throws RecordNotFound for an unknown id,
 * InputError naming 'url' or 'title' when the result would be the same document as another one
 * (same URL; or, without one, same title, publisher and date), 'reason' for no reason.
 */
export async function editDocument(
  documentId: number,
  input: DocumentEdit,
  reason: string,
  actor: Actor,
): Promise<RecordEditOutcome> {
  const why = parseChangeReason(reason);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(documents).where(eq(documents.id, documentId));
    if (!current) throw new RecordNotFound('document', documentId);
    const next = {
      url: input.url ?? null,
      title: input.title ?? null,
      publisher: input.publisher ?? null,
      byline: input.byline ?? null,
      publishedOn: input.published_on ?? null,
      archiveUrl: input.archive_url ?? null,
    };
    if (!hasChanges(current, next)) return { status: 'unchanged', id: documentId };
    await refuseDuplicateDocument(tx, documentId, next);
    const [row] = await tx
      .update(documents)
      .set(next)
      .where(eq(documents.id, documentId))
      .returning();
    return saveRevision(tx, actor, 'document', row, why);
  });
}

// A claim names its source by slug or name, case-insensitively (ReferenceResolver): a name another
// source answers to would make that name mean either of them.
async function refuseNamesake(tx: Executor, sourceId: number, name: string): Promise<void> {
  const key = name.toLowerCase();
  const [namesake] = await tx
    .select({ id: sources.id })
    .from(sources)
    .where(
      and(
        ne(sources.id, sourceId),
        or(eq(sources.slug, key), eq(sql`lower(${sources.name})`, key)),
      ),
    );
  if (namesake) throw inputError('name', `Another source already answers to '${name}'`);
}

// Claims find their document by these keys (ReferenceResolver.documentId): two rows sharing them
// would make an import pick one at random. Merging documents is not an edit.
async function refuseDuplicateDocument(
  tx: Executor,
  documentId: number,
  next: {
    url: string | null;
    title: string | null;
    publisher: string | null;
    publishedOn: string | null;
  },
): Promise<void> {
  const same = next.url
    ? eq(documents.url, next.url)
    : and(
        isNull(documents.url),
        eq(documents.title, next.title ?? ''),
        next.publisher === null
          ? isNull(documents.publisher)
          : eq(documents.publisher, next.publisher),
        next.publishedOn === null
          ? isNull(documents.publishedOn)
          : eq(documents.publishedOn, next.publishedOn),
      );
  const [twin] = await tx
    .select({ id: documents.id })
    .from(documents)
    .where(and(ne(documents.id, documentId), same));
  if (!twin) return;
  throw next.url
    ? inputError('url', `Document ${twin.id} already has this link`)
    : inputError('title', `Document ${twin.id} has the same title, publisher and date`);
}

async function saveRevision(
  tx: Executor,
  actor: Actor,
  record: RevisedRecord,
  row: { id: number },
  reason: string,
): Promise<RecordEditOutcome> {
  await recordRevision(tx, actor, record, row.id, 'edit', row, reason);
  await bumpDataVersion(tx);
  return { status: 'edited', id: row.id };
}
