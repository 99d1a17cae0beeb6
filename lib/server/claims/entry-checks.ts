import 'server-only';
import {
  and,
  asc,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNull,
  lt,
  lte,
  ne,
  notInArray,
  or,
} from 'drizzle-orm';
import { db } from '@/db/client';
import { claimAppearances, claims, documents, metrics } from '@/db/schema';
import { newSourceSlug } from '@/lib/catalog/reference-rules';
import {
  type CheckedClaim,
  type CheckedMetric,
  type Flag,
  findConflicts,
  findCumulativeFalls,
  findDisagreements,
  findPartsOverWhole,
  findQuoteProblems,
} from '@/lib/claims/checks';
import type { ClaimInput } from '@/lib/claims/input/claim-input';
import { selectCheckedClaims, selectCheckedMetrics } from '@/lib/server/claims/check-inputs';
import { sameDocumentAs } from '@/lib/server/catalog/document-match';
import { findSource } from '@/lib/server/sources/match';

/** The entered claim with its stored metric and claimant (null: none; undefined: a new source). */
type Scope = {
  metric: NonNullable<Awaited<ReturnType<typeof findMetric>>>;
  claimantId: number | null | undefined;
  entered: CheckedClaim;
};

/**
 * The flags that saving this claim input would raise and that involve it: its quote, a fall in its
 * claimant's running total on either side of it, another claimant's figure for the same metric
 * and date that it cannot agree with, another figure of its claimant for that metric and date in
 * the same document, and the parts of a whole that would no longer fit. Retracted
 * claims, and the claim being edited (`replacingClaimId`), are left out. The entered claim is
 * named by `replacingClaimId` in claim_ids, or by 0 when it is new. An unknown metric is a new
 * one, with nothing to contradict: only the quote is checked.
 */
export async function checkClaimAtEntry(
  input: ClaimInput,
  options: { replacingClaimId?: number } = {},
): Promise<Flag[]> {
  const [metric, claimant] = await Promise.all([
    findMetric(input.metric),
    input.claimant ? findSource(db, input.claimant) : null,
  ]);
  const entered: CheckedClaim = {
    id: options.replacingClaimId ?? 0,
    metric: input.metric,
    metric_name: metric?.name ?? input.metric_name,
    // A source not stored yet gets this slug when the claim creates it (or a numbered twin).
    claimant_slug: claimant?.slug ?? (input.claimant ? newSourceSlug(input.claimant) : null),
    claimant: claimant?.name ?? input.claimant,
    as_of: input.as_of,
    period_start: input.period_start,
    period_end: input.period_end,
    value: input.value,
    qualifier: input.qualifier,
    low: input.low,
    high: input.high,
    quote: input.quote,
  };
  const quoteFlags = findQuoteProblems([entered]);
  // A retracted figure contradicts nothing, and a new metric has no figures to contradict.
  if (!metric || input.status === 'retracted') return quoteFlags;

  const scope: Scope = { metric, claimantId: input.claimant ? claimant?.id : null, entered };
  const [neighbours, sameDay, family, sameDocument] = await Promise.all([
    metric.kind === 'cumulative' ? listNeighbours(scope) : [],
    listSameDay(scope),
    listFamily(scope),
    listSameDocument(scope, input),
  ]);
  const involvesEntered = (flag: Flag) => flag.claim_ids.includes(entered.id);
  return [
    ...findCumulativeFalls([entered, ...neighbours], [metric]),
    ...findDisagreements([entered, ...sameDay]),
    ...findConflicts(sameDocument),
    ...findPartsOverWhole([entered, ...family.claims], [metric, ...family.metrics]),
  ]
    .filter(involvesEntered)
    .concat(quoteFlags);
}

async function findMetric(slug: string) {
  const [found] = await selectCheckedMetrics().where(eq(metrics.slug, slug));
  return found ?? null;
}

const isOtherActive = (replacing: number) =>
  and(eq(claims.status, 'active'), ne(claims.id, replacing));

// The same filter for a claimant's figures, written so that no index can use the status: given
// status = 'active', SQLite walks every active claim of the metric through
// claims_metric_status_asof_idx to find an unattributed neighbour, instead of seeking
// claims_metric_claimant_asof_idx.
const isOtherStanding = (replacing: number) =>
  and(notInArray(claims.status, ['retracted', 'merged']), ne(claims.id, replacing));

const isClaimant = (claimantId: number | null) =>
  claimantId === null ? isNull(claims.claimantId) : eq(claims.claimantId, claimantId);

/** The same claimant's figures just before and just after the entered one, by as_of then id. */
async function listNeighbours(scope: Scope): Promise<CheckedClaim[]> {
  const { metric, claimantId, entered } = scope;
  if (claimantId === undefined) return [];
  const series = and(
    eq(claims.metricId, metric.id),
    isClaimant(claimantId),
    isOtherStanding(entered.id),
  );
  // A new claim follows every stored claim of its day; an edited one keeps its place by id.
  const { as_of: asOf, id } = entered;
  const rank = id === 0 ? Number.MAX_SAFE_INTEGER : id;
  const isBefore = and(lte(claims.asOf, asOf), or(lt(claims.asOf, asOf), lt(claims.id, rank)));
  const isAfter = and(gte(claims.asOf, asOf), or(gt(claims.asOf, asOf), gt(claims.id, rank)));
  const [before, after] = await Promise.all([
    selectCheckedClaims()
      .where(and(series, isBefore))
      .orderBy(desc(claims.asOf), desc(claims.id))
      .limit(1),
    selectCheckedClaims()
      .where(and(series, isAfter))
      .orderBy(asc(claims.asOf), asc(claims.id))
      .limit(1),
  ]);
  return [...before, ...after];
}

/** Every other active figure for the metric on the same date; the check skips the same claimant's. */
async function listSameDay({ metric, entered }: Scope): Promise<CheckedClaim[]> {
  return selectCheckedClaims().where(
    and(eq(claims.metricId, metric.id), eq(claims.asOf, entered.as_of), isOtherActive(entered.id)),
  );
}

/**
 * The claimant's figures on the date for the metric's whole, the whole's parts (the metric's
 * siblings) and the metric's own parts, with those metrics: all that a parts-vs-whole flag on the
 * entered claim can name.
 */
async function listFamily({ metric, claimantId, entered }: Scope): Promise<{
  claims: CheckedClaim[];
  metrics: CheckedMetric[];
}> {
  if (claimantId === undefined) return { claims: [], metrics: [] };
  const { parentId } = metric;
  // The metrics first, through metrics_parent_idx: joined, SQLite would rather walk every claim
  // of the claimant through claims_claimant_idx.
  const relatives = db
    .select({ id: metrics.id })
    .from(metrics)
    .where(
      parentId === null
        ? eq(metrics.parentId, metric.id)
        : or(inArray(metrics.parentId, [metric.id, parentId]), eq(metrics.id, parentId)),
    );
  const rows = await selectCheckedClaims().where(
    and(
      inArray(claims.metricId, relatives),
      isClaimant(claimantId),
      eq(claims.asOf, entered.as_of),
      isOtherStanding(entered.id),
    ),
  );
  const parentSlugOf = (id: number | null): string | null =>
    id === metric.id ? metric.slug : id !== null && id === parentId ? metric.parent : null;
  return {
    claims: rows,
    metrics: rows.map((row) => ({
      slug: row.metric,
      kind: row.metric_kind,
      parent: parentSlugOf(row.metric_parent_id),
      parts_complete: row.metric_parts_complete,
    })),
  };
}

/**
 * The entered figure and the claimant's other figures for the metric and date that appeared in the
 * document it names, all of them in that one document: what a conflict on it can name. A document
 * or source not stored yet has none. (An edit is checked against the document it names, not every
 * document the claim appeared in.) One query: the document is found inside it.
 */
async function listSameDocument(
  { metric, claimantId, entered }: Scope,
  input: ClaimInput,
): Promise<CheckedClaim[]> {
  if (claimantId === null || claimantId === undefined) return [];
  const named = db
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
  const stored = await selectCheckedClaims()
    .innerJoin(
      claimAppearances,
      and(eq(claimAppearances.claimId, claims.id), eq(claimAppearances.documentId, named)),
    )
    .where(
      and(
        eq(claims.metricId, metric.id),
        eq(claims.claimantId, claimantId),
        eq(claims.asOf, entered.as_of),
        isOtherActive(entered.id),
      ),
    );
  // The message names the document as the editor gave it.
  const document = { id: 0, name: input.title ?? input.url ?? null };
  return [entered, ...stored].map((claim) => ({ ...claim, documents: [document] }));
}
