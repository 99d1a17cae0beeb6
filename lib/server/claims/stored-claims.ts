import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { type Executor, db } from '@/db/client';
import { claimAppearances, claims, documents, metrics } from '@/db/schema';
import type { ClaimInput } from '@/lib/claims/input/claim-input';
import { figureInterval } from '@/lib/claims/rules/intervals';
import type { StoredMatch } from '@/lib/claims/stored-match';
import { sameDocumentAs } from '@/lib/server/catalog/document-match';
import { documentColumns } from '@/lib/server/claims/document-resolver';
import type { ClaimColumns } from '@/lib/server/claims/input-columns';
import { findSource } from '@/lib/server/sources/match';

// Which stored claim a figure is (DESIGN.md "claim key"): the writer's StoredClaims and the
// form's and extract's matchStoredClaim. The checks compare the same key over slugs
// (lib/claims/checks/claim-key.ts).

/** The columns of the claim key: what the claimant said, not where it was published. */
export const CLAIM_KEY_COLUMNS = [
  'metricId',
  'claimantId',
  'value',
  'qualifier',
  'low',
  'high',
  'asOf',
  'periodStart',
  'periodEnd',
] as const satisfies readonly (keyof ClaimColumns)[];

type KeyColumns = Pick<ClaimColumns, (typeof CLAIM_KEY_COLUMNS)[number] | 'documentId'> & {
  status: string;
};

/**
 * The key a figure is recognised by. An unattributed figure never merges with another (no one
 * can know two unnamed figures are one claim), so its document is part of its key: it is only
 * ever "already present", in the document it came from.
 */
function claimKey(row: KeyColumns): string {
  return JSON.stringify([
    ...CLAIM_KEY_COLUMNS.map((column) => row[column]),
    row.claimantId === null ? row.documentId : null,
  ]);
}

/** A stored claim a figure matched, and whether its document is already one of the claim's. */
type ClaimMatch = {
  id: number;
  sameDocument: boolean;
  otherPeriod?: StoredMatch['otherPeriod'];
};

// The oldest stored claim of a key in one status, with the documents it appeared in.
type Candidate = { id: number; status: string; documentIds: Set<number> };

/**
 * The stored claims a batch of figures may be, read once per batch: one query per metric through
 * its (metric, status, as_of) index, then the documents of the few claims that already have more
 * than one. Claims a batch creates are added with `remember`, so a figure repeated within one
 * file is recognised too.
 *
 * A figure is already present when a claim of its key, active or retracted, appears in its
 * document (so a rerun of an import never brings a retracted figure back). From another document
 * it is an appearance of the claim of its key in its own status: a retracted row of an export
 * finds its retracted claim, and an active figure met again after its claim was retracted is a
 * new claim.
 */
export class StoredClaims {
  private constructor(private readonly byKey: Map<string, Candidate[]>) {}

  static async load(tx: Executor, rows: readonly KeyColumns[]): Promise<StoredClaims> {
    const byKey = new Map<string, Candidate[]>();
    const crowded: number[] = [];
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
        const candidates = byKey.get(claimKey(row)) ?? [];
        // Duplicates stored before appearances existed: the oldest is the claim.
        if (candidates.some((c) => c.status === row.status)) continue;
        candidates.push({ id: row.id, status: row.status, documentIds: new Set([row.documentId]) });
        byKey.set(claimKey(row), candidates);
        if (row.appearanceCount > 1) crowded.push(row.id);
      }
    }
    const stored = new StoredClaims(byKey);
    await stored.loadDocuments(tx, crowded);
    return stored;
  }

  private async loadDocuments(tx: Executor, claimIds: number[]): Promise<void> {
    const byId = new Map([...this.byKey.values()].flat().map((c) => [c.id, c]));
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
    const candidates = this.byKey.get(claimKey(row)) ?? [];
    const present = candidates.find((c) => c.documentIds.has(row.documentId));
    if (present) return { id: present.id, sameDocument: true };
    const same = candidates.find((c) => c.status === row.status);
    return same ? { id: same.id, sameDocument: false } : null;
  }

  /** Records that claim `id` now is this figure, or now appears in its document. */
  remember(row: KeyColumns, id: number): void {
    const candidates = this.byKey.get(claimKey(row)) ?? [];
    const same = candidates.find((c) => c.id === id);
    if (same) same.documentIds.add(row.documentId);
    else candidates.push({ id, status: row.status, documentIds: new Set([row.documentId]) });
    this.byKey.set(claimKey(row), candidates);
  }
}

/** Claim ids per query when reading rows of many claims at once. */
export const LOOKUP_CHUNK = 500;
const min = (days: string[]) => days.reduce((a, b) => (a < b ? a : b));
const max = (days: string[]) => days.reduce((a, b) => (a > b ? a : b));

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
    .where(sameDocumentAs(documentColumns(input)));
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
  const match = (await StoredClaims.load(tx, [row])).match(row) ?? (await nearMatch(tx, row));
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
    ...(match.otherPeriod && { otherPeriod: match.otherPeriod }),
  };
}

/**
 * The oldest active claim that says the same but over another period (or none): not the same
 * claim by its key, but likely the same figure entered once without its period.
 */
async function nearMatch(tx: Executor, row: KeyColumns): Promise<ClaimMatch | null> {
  if (row.claimantId === null || row.status !== 'active') return null;
  const same = (
    ['metricId', 'claimantId', 'value', 'qualifier', 'low', 'high', 'asOf'] as const
  ).map((column) => {
    const value = row[column];
    return value === null ? isNull(claims[column]) : eq(claims[column], value);
  });
  const [found] = await tx
    .select({ id: claims.id, start: claims.periodStart, end: claims.periodEnd })
    .from(claims)
    .where(and(eq(claims.status, 'active'), ...same))
    .orderBy(asc(claims.id))
    .limit(1);
  if (!found) return null;
  return { id: found.id, sameDocument: false, otherPeriod: { start: found.start, end: found.end } };
}
