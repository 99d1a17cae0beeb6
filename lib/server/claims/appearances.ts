import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type Executor, db } from '@/db/client';
import { insertRowsAsJson } from '@/db/json-insert';
import { claimAppearances, claims, documents, metrics } from '@/db/schema';
import type { ClaimInput } from '@/lib/claims/input/claim-input';
import { figureInterval } from '@/lib/claims/rules/intervals';
import type { StoredMatch } from '@/lib/claims/stored-match';
import { sameDocumentAs } from '@/lib/server/catalog/document-match';
import { findSource } from '@/lib/server/sources/match';
import type { EntryWarning } from '@/lib/claims/checks';
import { inputError } from '@/lib/errors';
import type { Actor } from '@/lib/server/history/revisions';
import { snapshotClaim } from '@/lib/server/claims/claim-snapshot';
import type { ClaimColumns } from '@/lib/server/claims/input-columns';

// The one home of appearances (DESIGN.md "appearance"): which stored claim a figure is, where a
// claim appeared, which appearance is its first, and merging exact duplicates. A claim's
// documentId, quote, viaId, attribution and appearanceCount mirror claim_appearances; only this
// module writes them after a claim is created.

/** What a claimant said: two figures with one key are one claim (DESIGN.md "claim key"). */
type KeyColumns = Pick<
  ClaimColumns,
  | 'metricId'
  | 'claimantId'
  | 'value'
  | 'qualifier'
  | 'low'
  | 'high'
  | 'asOf'
  | 'periodStart'
  | 'periodEnd'
  | 'documentId'
> & { status: string };

/**
 * The key a figure is recognised by. An unattributed figure never merges with another (no one
 * can know two unnamed figures are one claim), so its document is part of its key: it is only
 * ever "already present", in the document it came from. The status is part of it too: a figure
 * entered again after its claim was retracted is a new claim, and a file's retracted rows find
 * their own retracted claim.
 */
export function claimKey(row: KeyColumns): string {
  return JSON.stringify([
    row.metricId,
    row.claimantId,
    row.value,
    row.qualifier,
    row.low,
    row.high,
    row.asOf,
    row.periodStart,
    row.periodEnd,
    row.status,
    row.claimantId === null ? row.documentId : null,
  ]);
}

/** A stored claim a figure matched, and whether its document is already one of the claim's. */
export type ClaimMatch = { id: number; sameDocument: boolean };

type Candidate = { id: number; documentIds: Set<number> };

/**
 * The stored claims a batch of figures may be, read once per batch: one query per metric through
 * its (metric, status, as_of) index, then the documents of the few claims that already have more
 * than one. Claims a batch creates are added with `remember`, so a figure repeated within one
 * file is recognised too.
 */
export class StoredClaims {
  private constructor(private readonly byKey: Map<string, Candidate>) {}

  static async load(tx: Executor, rows: readonly KeyColumns[]): Promise<StoredClaims> {
    const byKey = new Map<string, Candidate>();
    const counts = new Map<number, number>();
    for (const metricId of new Set(rows.map((r) => r.metricId))) {
      const days = rows.filter((r) => r.metricId === metricId).map((r) => r.asOf);
      const found = await tx
        .select({
          id: claims.id,
          metricId: claims.metricId,
          claimantId: claims.claimantId,
          value: claims.value,
          qualifier: claims.qualifier,
          low: claims.low,
          high: claims.high,
          asOf: claims.asOf,
          periodStart: claims.periodStart,
          periodEnd: claims.periodEnd,
          documentId: claims.documentId,
          status: claims.status,
          appearanceCount: claims.appearanceCount,
        })
        .from(claims)
        .where(
          and(
            eq(claims.metricId, metricId),
            // Named, so SQLite can use the (metric, status, as_of) index for the range.
            inArray(claims.status, ['active', 'retracted']),
            sql`${claims.asOf} BETWEEN ${min(days)} AND ${max(days)}`,
          ),
        )
        .orderBy(asc(claims.id));
      for (const row of found) {
        const key = claimKey(row);
        // Duplicates stored before appearances existed: the oldest is the claim.
        if (byKey.has(key)) continue;
        byKey.set(key, { id: row.id, documentIds: new Set([row.documentId]) });
        if (row.appearanceCount > 1) counts.set(row.id, row.appearanceCount);
      }
    }
    const stored = new StoredClaims(byKey);
    await stored.loadDocuments(tx, [...counts.keys()]);
    return stored;
  }

  private async loadDocuments(tx: Executor, claimIds: number[]): Promise<void> {
    const byId = new Map([...this.byKey.values()].map((c) => [c.id, c]));
    for (let start = 0; start < claimIds.length; start += LOOKUP_CHUNK) {
      const found = await tx
        .select({ claimId: claimAppearances.claimId, documentId: claimAppearances.documentId })
        .from(claimAppearances)
        .where(inArray(claimAppearances.claimId, claimIds.slice(start, start + LOOKUP_CHUNK)));
      for (const { claimId, documentId } of found) byId.get(claimId)?.documentIds.add(documentId);
    }
  }

  /** The stored claim this figure is, if any. */
  match(row: KeyColumns): ClaimMatch | null {
    const candidate = this.byKey.get(claimKey(row));
    if (!candidate) return null;
    return { id: candidate.id, sameDocument: candidate.documentIds.has(row.documentId) };
  }

  /** Records that claim `id` now is this figure, or now appears in its document. */
  remember(row: KeyColumns, id: number): void {
    const candidate = this.byKey.get(claimKey(row));
    if (candidate) candidate.documentIds.add(row.documentId);
    else this.byKey.set(claimKey(row), { id, documentIds: new Set([row.documentId]) });
  }
}

const LOOKUP_CHUNK = 500;
const min = (days: string[]) => days.reduce((a, b) => (a < b ? a : b));
const max = (days: string[]) => days.reduce((a, b) => (a > b ? a : b));

export type { StoredMatch };

/**
 * The stored claim this input is, found without writing anything (the form and extract warn
 * before saving): its metric, claimant and document looked up as the writer will, its interval as
 * the writer will store it. Null when it would be a new claim.
 */
export async function matchStoredClaim(
  input: ClaimInput,
  tx: Executor = db,
): Promise<StoredMatch | null> {
  const [metric] = await tx
    .select({ id: metrics.id })
    .from(metrics)
    .where(eq(metrics.slug, input.metric));
  const claimant = input.claimant ? await findSource(tx, input.claimant) : null;
  if (!metric || (input.claimant && !claimant)) return null;
  const [document] = await tx
    .select({ id: documents.id })
    .from(documents)
    .where(
      sameDocumentAs({
        url: input.url,
        title: input.title,
        publisher: input.publisher,
        publishedOn: input.published_on,
      }),
    );
  const interval = figureInterval(input);
  const row: KeyColumns = {
    metricId: metric.id,
    claimantId: claimant?.id ?? null,
    value: input.value,
    qualifier: input.qualifier,
    low: interval.low,
    high: interval.high,
    asOf: input.as_of,
    periodStart: input.period_start ?? null,
    periodEnd: input.period_end ?? null,
    // A document not stored yet is new to every claim.
    documentId: document?.id ?? 0,
    status: input.status,
  };
  const match = (await StoredClaims.load(tx, [row])).match(row);
  if (!match) return null;
  const [first] = await tx
    .select({ title: documents.title, url: documents.url })
    .from(claims)
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .where(eq(claims.id, match.id));
  return {
    claimId: match.id,
    document: first?.title ?? first?.url ?? 'an unnamed document',
    sameDocument: match.sameDocument,
  };
}

/** Where a claim appeared: the appearance's own columns. */
export type AppearanceColumns = Pick<
  ClaimColumns,
  'documentId' | 'quote' | 'viaId' | 'attribution'
> & { enteredBy: number | null };

/** The first appearances of claims just inserted, in one statement per few thousand. */
export async function recordFirstAppearances(
  tx: Executor,
  created: readonly (AppearanceColumns & { id: number })[],
): Promise<void> {
  if (created.length === 0) return;
  await insertRowsAsJson(
    tx,
    claimAppearances,
    ['claimId', 'documentId', 'quote', 'viaId', 'attribution', 'enteredBy'],
    created.map((c) => ({
      claimId: c.id,
      documentId: c.documentId,
      quote: c.quote,
      viaId: c.viaId,
      attribution: c.attribution,
      enteredBy: c.enteredBy,
    })),
  );
}

/**
 * Adds a document a stored claim appeared in, with its 'appearance' revision. The caller has
 * checked (through StoredClaims) that the claim does not appear in that document yet.
 */
export async function addAppearance(
  tx: Executor,
  claimId: number,
  appearance: AppearanceColumns & { createdAt?: Date },
  actor: Actor,
  details: { reason?: string; warnings?: readonly EntryWarning[] } = {},
): Promise<void> {
  const [added] = await tx
    .insert(claimAppearances)
    .values({ claimId, ...appearance })
    .returning({ id: claimAppearances.id });
  if (!added) throw new Error(`No appearance was added to claim ${claimId}`);
  await tx
    .update(claims)
    .set({ appearanceCount: sql`${claims.appearanceCount} + 1`, updatedAt: new Date() })
    .where(eq(claims.id, claimId));
  await syncFirstAppearance(tx, claimId);
  await snapshotClaim(tx, claimId, actor, 'appearance', { ...details, appearanceId: added.id });
}

/**
 * An edit of a claim's document, quote, relay or attribution is an edit of its first appearance:
 * the appearance row follows, then the first is chosen again (the new document may be later).
 */
export async function editFirstAppearance(
  tx: Executor,
  claimId: number,
  before: Pick<AppearanceColumns, 'documentId'>,
  after: Omit<AppearanceColumns, 'enteredBy'>,
): Promise<void> {
  if (after.documentId !== before.documentId) {
    const [twin] = await tx
      .select({ id: claimAppearances.id })
      .from(claimAppearances)
      .where(
        and(
          eq(claimAppearances.claimId, claimId),
          eq(claimAppearances.documentId, after.documentId),
        ),
      );
    if (twin) throw inputError('url', 'This claim already appears in that document');
  }
  await tx
    .update(claimAppearances)
    .set(after)
    .where(
      and(
        eq(claimAppearances.claimId, claimId),
        eq(claimAppearances.documentId, before.documentId),
      ),
    );
  await syncFirstAppearance(tx, claimId);
}

/** Copies a claim's first appearance (earliest published, then earliest entered) onto it. */
async function syncFirstAppearance(tx: Executor, claimId: number): Promise<void> {
  const [first] = await tx
    .select({
      documentId: claimAppearances.documentId,
      quote: claimAppearances.quote,
      viaId: claimAppearances.viaId,
      attribution: claimAppearances.attribution,
    })
    .from(claimAppearances)
    .innerJoin(documents, eq(documents.id, claimAppearances.documentId))
    .where(eq(claimAppearances.claimId, claimId))
    .orderBy(...FIRST_APPEARANCE_ORDER)
    .limit(1);
  if (first) await tx.update(claims).set(first).where(eq(claims.id, claimId));
}

/** The order of a claim's appearances: the first one first (DESIGN.md). Undated ones go last. */
export const FIRST_APPEARANCE_ORDER = [
  sql`${documents.publishedOn} IS NULL`,
  asc(documents.publishedOn),
  asc(claimAppearances.createdAt),
  asc(claimAppearances.id),
];

/**
 * Merges claim `fromId`, an exact duplicate, into `intoId`: the documents it appeared in that the
 * survivor lacks become the survivor's appearances (entered when they first were), and it takes
 * status 'merged' with merged_into. Both keep every revision; each gets one for the merge.
 */
export async function mergeClaimInto(
  tx: Executor,
  fromId: number,
  intoId: number,
  actor: Actor,
  reason: string,
): Promise<void> {
  const [moving, present] = await Promise.all([
    tx.select().from(claimAppearances).where(eq(claimAppearances.claimId, fromId)),
    tx
      .select({ documentId: claimAppearances.documentId })
      .from(claimAppearances)
      .where(eq(claimAppearances.claimId, intoId)),
  ]);
  const presentDocuments = new Set(present.map((p) => p.documentId));
  for (const { documentId, quote, viaId, attribution, enteredBy, createdAt } of moving) {
    if (presentDocuments.has(documentId)) continue;
    await addAppearance(
      tx,
      intoId,
      { documentId, quote, viaId, attribution, enteredBy, createdAt },
      actor,
      { reason: `From claim #${fromId}, merged into this one: ${reason}` },
    );
  }
  await tx
    .update(claims)
    .set({ status: 'merged', mergedInto: intoId, updatedAt: new Date() })
    .where(eq(claims.id, fromId));
  await snapshotClaim(tx, fromId, actor, 'merge', {
    reason: `Merged into claim #${intoId}: ${reason}`,
  });
}

/** Which claims to look among: all of them, or one claimant's (after a merge of sources). */
export type DuplicateFilter = { claimantId?: number };

/** Active attributed claims that share a key with an older one, each with the oldest's id. */
export async function findExactDuplicates(
  tx: Executor,
  filter: DuplicateFilter = {},
): Promise<{ id: number; survivorId: number }[]> {
  const ranked = tx
    .select({
      id: claims.id,
      survivorId: sql<number>`min(${claims.id}) OVER (PARTITION BY ${claims.metricId},
        ${claims.claimantId}, ${claims.value}, ${claims.qualifier}, ${claims.low}, ${claims.high},
        ${claims.asOf}, ${claims.periodStart}, ${claims.periodEnd})`.as('survivor_id'),
    })
    .from(claims)
    .where(
      and(
        eq(claims.status, 'active'),
        filter.claimantId === undefined
          ? sql`${claims.claimantId} IS NOT NULL`
          : eq(claims.claimantId, filter.claimantId),
      ),
    )
    .as('ranked');
  return tx
    .select({ id: ranked.id, survivorId: ranked.survivorId })
    .from(ranked)
    .where(sql`${ranked.id} <> ${ranked.survivorId}`)
    .orderBy(asc(ranked.id));
}

/** Merges every exact duplicate into the oldest claim of its key; returns how many were merged. */
export async function mergeExactDuplicates(
  tx: Executor,
  actor: Actor,
  filter: DuplicateFilter = {},
): Promise<number> {
  const duplicates = await findExactDuplicates(tx, filter);
  for (const { id, survivorId } of duplicates) {
    await mergeClaimInto(
      tx,
      id,
      survivorId,
      actor,
      'the same claimant, metric, figure and dates were stored twice',
    );
  }
  return duplicates.length;
}
