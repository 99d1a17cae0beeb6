import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { type Executor, db } from '@/db/client';
import { type RevisedRecord, documents, metrics, sources } from '@/db/schema';
import { parseChangeReason } from '@/lib/claims/input/change-reason';
import { hasChanges } from '@/lib/server/claims/edits';
import { inputError } from '@/lib/errors';
import { type Actor, recordRevision } from '@/lib/server/history/revisions';
import { bumpDataVersion } from '@/lib/server/data-version';
import type { DocumentEdit, MetricEdit, SourceEdit } from '@/lib/catalog/inputs';
import { metricParentId } from '@/lib/server/catalog/metric-parent';
import { type DocumentIdentity, sameDocumentAs } from '@/lib/server/catalog/document-match';
import { findSource } from '@/lib/server/sources/match';
import { sourceSnapshot } from '@/lib/server/sources/snapshot';
import { claimsSharingDocument, syncFirstAppearances } from '@/lib/server/claims/appearances';

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
  return editRecord(
    { record: 'metric', id: metricId, reason, actor },
    {
      load: (tx: Executor) => tx.select().from(metrics).where(eq(metrics.id, metricId)),
      next: async (tx) => ({
        name: input.name,
        description: input.description ?? null,
        unit: input.unit,
        kind: input.kind,
        parentId: input.parent ? await metricParentId(tx, metricId, input.parent) : null,
        isPartsComplete: input.parts_complete,
        divergenceThreshold: input.divergence_threshold,
      }),
      save: (tx, next) => tx.update(metrics).set(next).where(eq(metrics.id, metricId)).returning(),
    },
  );
}

/**
 * Replaces a source's editable fields, in one transaction with an 'edit' revision. Throws
 * RecordNotFound for an unknown id, InputError naming 'name' when another source already answers
 * to that name (lib/server/sources/match.ts), 'reason' for no reason.
 */
export async function editSource(
  sourceId: number,
  input: SourceEdit,
  reason: string,
  actor: Actor,
): Promise<RecordEditOutcome> {
  return editRecord(
    { record: 'source', id: sourceId, reason, actor },
    {
      load: (tx: Executor) => tx.select().from(sources).where(eq(sources.id, sourceId)),
      next: () => ({
        name: input.name,
        kind: input.kind,
        url: input.url ?? null,
        description: input.description ?? null,
      }),
      // A claim names its source by slug or name: a name another source answers to would make
      // that name mean either of them.
      check: async (tx, current, next) => {
        if (next.name === current.name) return;
        if (await findSource(tx, next.name, { except: sourceId }))
          throw inputError('name', `Another source already answers to '${next.name}'`);
      },
      save: (tx, next) => tx.update(sources).set(next).where(eq(sources.id, sourceId)).returning(),
      // A source's revisions keep its aliases too, or the next one would seem to clear them.
      snapshot: (tx) => sourceSnapshot(tx, sourceId),
    },
  );
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
  return editRecord(
    { record: 'document', id: documentId, reason, actor },
    {
      load: (tx: Executor) => tx.select().from(documents).where(eq(documents.id, documentId)),
      next: () => ({
        url: input.url ?? null,
        title: input.title ?? null,
        publisher: input.publisher ?? null,
        byline: input.byline ?? null,
        publishedOn: input.published_on ?? null,
        retrievedOn: input.retrieved_on ?? null,
        archiveUrl: input.archive_url ?? null,
      }),
      check: (tx, _current, next) => refuseDuplicateDocument(tx, documentId, next),
      // A new date may make this document, or another, the first appearance of a claim.
      afterSave: async (tx, before, after) => {
        if (before.publishedOn === after.publishedOn) return;
        await syncFirstAppearances(tx, await claimsSharingDocument(tx, documentId));
      },
      save: (tx, next) =>
        tx.update(documents).set(next).where(eq(documents.id, documentId)).returning(),
    },
  );
}

// Claims find their document by these keys (sameDocumentAs): two rows sharing them would make an
// import pick one at random. Merging documents is not an edit.
async function refuseDuplicateDocument(
  tx: Executor,
  documentId: number,
  next: DocumentIdentity,
): Promise<void> {
  const [twin] = await tx
    .select({ id: documents.id })
    .from(documents)
    .where(and(ne(documents.id, documentId), sameDocumentAs(next)));
  if (!twin) return;
  throw next.url
    ? inputError('url', `Document ${twin.id} already has this link`)
    : inputError('title', `Document ${twin.id} has the same title, publisher and date`);
}

type EditTarget = { record: RevisedRecord; id: number; reason: string; actor: Actor };

/** How to read, change and write one kind of record; `check` runs only when something changes. */
type EditSteps<Row extends { id: number }, Next extends Partial<Row>> = {
  load: (tx: Executor) => Promise<Row[]>;
  next: (tx: Executor) => Next | Promise<Next>;
  check?: (tx: Executor, current: Row, next: Next) => Promise<void>;
  save: (tx: Executor, next: Next) => Promise<Row[]>;
  /** What else follows from the change, in the same transaction. */
  afterSave?: (tx: Executor, before: Row, after: Row) => Promise<void>;
  /** What the revision keeps, when more than the saved row. */
  snapshot?: (tx: Executor, row: Row) => Promise<unknown>;
};

/** One record edit, in one transaction: the change, its 'edit' revision and the data version. */
async function editRecord<Row extends { id: number }, Next extends Partial<Row>>(
  { record, id, reason, actor }: EditTarget,
  steps: EditSteps<Row, Next>,
): Promise<RecordEditOutcome> {
  const why = parseChangeReason(reason);
  return db.transaction(async (tx) => {
    const [current] = await steps.load(tx);
    if (!current) throw new RecordNotFound(record, id);
    const next = await steps.next(tx);
    if (!hasChanges(current, next)) return { status: 'unchanged', id };
    await steps.check?.(tx, current, next);
    const [row] = await steps.save(tx, next);
    if (!row) throw new RecordNotFound(record, id);
    await steps.afterSave?.(tx, current, row);
    const snapshot = steps.snapshot ? await steps.snapshot(tx, row) : row;
    await recordRevision(tx, actor, record, row.id, 'edit', snapshot, why);
    await bumpDataVersion(tx);
    return { status: 'edited', id };
  });
}
