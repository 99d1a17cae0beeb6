import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { claimAppearances, claims, documents, metrics, sources } from '@/db/schema';
import { type CheckedClaim, type CheckedDocument, mayConflict } from '@/lib/claims/checks';
import { parentMetrics, withMetricNames } from '@/lib/server/metrics/queries';

// What DESIGN.md's consistency checks read, in the shapes of CheckedClaim and CheckedMetric. The
// `check` command (all-flags), a metric's page (metric-flags) and a claim being entered
// (entry-checks) each choose which claims and metrics, but all select them here, so a check sees
// the same figure whichever door runs it.

/**
 * Claims as CheckedClaims, each with what the parts-vs-whole check needs of its metric (kind,
 * parent id, whether its parts are complete). Callers add where and order.
 */
export function selectCheckedClaims() {
  return db
    .select({
      id: claims.id,
      metric: metrics.slug,
      metric_name: metrics.name,
      claimant_slug: sources.slug,
      claimant: sources.name,
      as_of: claims.asOf,
      period_start: claims.periodStart,
      period_end: claims.periodEnd,
      value: claims.value,
      qualifier: claims.qualifier,
      // The stored interval: passed as bounds, it gives back the same interval.
      low: claims.low,
      high: claims.high,
      quote: claims.quote,
      // The first appearance's document: all withEveryDocument needs of most claims.
      document_id: claims.documentId,
      document_name: DOCUMENT_NAME,
      metric_kind: metrics.kind,
      metric_parent_id: metrics.parentId,
      metric_parts_complete: metrics.isPartsComplete,
    })
    .from(claims)
    .innerJoin(metrics, eq(metrics.id, claims.metricId))
    .leftJoin(sources, eq(sources.id, claims.claimantId))
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .$dynamic();
}

/** A document as a flag names it: its title, else its link. */
const DOCUMENT_NAME = sql<string | null>`coalesce(${documents.title}, ${documents.url})`;

type WithFirstDocument = { document_id: number; document_name: string | null };

// Ids per query: well under SQLite's limit on bound parameters.
const CHUNK = 500;

/**
 * Claims with every document they appeared in, for the conflict check. Only the claims that could
 * conflict (mayConflict) need more than their first document, so only theirs are read from
 * claim_appearances, a few hundred claims per query; the others keep the one their row names.
 */
export async function withEveryDocument<T extends CheckedClaim & WithFirstDocument>(
  rows: readonly T[],
): Promise<(T & { documents: CheckedDocument[] })[]> {
  const ids = mayConflict(rows).map((claim) => claim.id);
  const byClaim = new Map<number, CheckedDocument[]>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    const found = await db
      .select({
        claimId: claimAppearances.claimId,
        id: claimAppearances.documentId,
        name: DOCUMENT_NAME,
      })
      .from(claimAppearances)
      .innerJoin(documents, eq(documents.id, claimAppearances.documentId))
      .where(inArray(claimAppearances.claimId, ids.slice(start, start + CHUNK)))
      .orderBy(claimAppearances.claimId, claimAppearances.id);
    for (const { claimId, ...document } of found) {
      const known = byClaim.get(claimId);
      if (known) known.push(document);
      else byClaim.set(claimId, [document]);
    }
  }
  return rows.map((row) => ({
    ...row,
    documents: byClaim.get(row.id) ?? [{ id: row.document_id, name: row.document_name }],
  }));
}

/** Metrics as CheckedMetrics, with their id, name and parent's id. Callers add where. */
export function selectCheckedMetrics() {
  const query = db
    .select({
      id: metrics.id,
      slug: metrics.slug,
      name: metrics.name,
      kind: metrics.kind,
      parent: parentMetrics.slug,
      parentId: metrics.parentId,
      parts_complete: metrics.isPartsComplete,
    })
    .from(metrics);
  return withMetricNames(query.$dynamic());
}
