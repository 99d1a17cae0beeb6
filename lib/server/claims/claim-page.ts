import 'server-only';
import { and, asc, between, eq, ne, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { claimAppearances, claimRevisions, claims, documents } from '@/db/schema';
import { shiftDay } from '@/lib/text/dates';
import { type Comparison, compareIntervals, figureInterval } from '@/lib/claims/rules/intervals';
import { getClaim, listAppearances } from '@/lib/server/claims/queries';
import type { AppearanceJson, ClaimRevisionJson } from '@/lib/api/response-schemas';
import type { ClaimRow } from '@/lib/claims/claim-row';
import { selectClaimRows, toClaimRow } from '@/lib/server/claims/rows';
import { claimRevisionFromRow } from '@/lib/server/history/claim-revision';

/** How far either side of a claim's as_of other claimants' figures count as the same moment. */
export const NEARBY_DAYS = 7;
// A metric with daily reports from many claimants could list hundreds; the metric page has them all.
export const NEARBY_LIMIT = 50;

export type NearbyClaim = { claim: ClaimRow; comparison: Comparison };

/** A revision as the page shows it: an 'appearance' revision names the document it added. */
export type ClaimPageRevision = ClaimRevisionJson & { addedDocument: string | null };

export type ClaimPage = {
  claim: ClaimRow;
  /** When the claim was entered (ISO instant), and by which editor; null is the seed or the CLI. */
  enteredAt: string;
  enteredBy: number | null;
  /** Every document it appeared in, the first one first. */
  appearances: AppearanceJson[];
  /** For a claim merged into another as an exact duplicate: that claim, whose page is its page. */
  mergedInto: number | null;
  /** The claims merged into this one as exact duplicates, whose pages now lead here. */
  mergedFrom: number[];
  nearby: NearbyClaim[];
  revisions: ClaimPageRevision[];
};

/**
 * Everything the claim page shows, or null for an unknown id. Retracted and merged claims are
 * included (the page of a merged one leads to mergedInto).
 */
export async function getClaimPage(id: number): Promise<ClaimPage | null> {
  const [entry] = await db
    .select({
      metricId: claims.metricId,
      claimantId: claims.claimantId,
      asOf: claims.asOf,
      createdAt: claims.createdAt,
      enteredBy: claims.enteredBy,
      mergedInto: claims.mergedInto,
    })
    .from(claims)
    .where(eq(claims.id, id));
  const claim = entry ? await getClaim(id) : null;
  if (!entry || !claim) return null;
  const [nearby, revisions, appearances, mergedFrom] = await Promise.all([
    listNearbyClaims(id, entry),
    listPageRevisions(id),
    listAppearances(id),
    db
      .select({ id: claims.id })
      .from(claims)
      .where(eq(claims.mergedInto, id))
      .orderBy(asc(claims.id)),
  ]);
  const mine = figureInterval(claim);
  return {
    claim,
    enteredAt: entry.createdAt.toISOString(),
    enteredBy: entry.enteredBy,
    appearances,
    mergedInto: entry.mergedInto,
    mergedFrom: mergedFrom.map((row) => row.id),
    nearby: nearby.map((other) => ({
      claim: other,
      comparison: compareIntervals(mine, figureInterval(other)),
    })),
    revisions,
  };
}

/** The claim's revisions, oldest first, each 'appearance' one with the document it added. */
async function listPageRevisions(claimId: number): Promise<ClaimPageRevision[]> {
  const rows = await db
    .select({
      revision: claimRevisions,
      title: documents.title,
      url: documents.url,
    })
    .from(claimRevisions)
    .leftJoin(claimAppearances, eq(claimAppearances.id, claimRevisions.appearanceId))
    .leftJoin(documents, eq(documents.id, claimAppearances.documentId))
    .where(eq(claimRevisions.claimId, claimId))
    .orderBy(asc(claimRevisions.id));
  return rows.map(({ revision, title, url }) => ({
    ...claimRevisionFromRow(revision),
    addedDocument: title ?? url,
  }));
}

/**
 * Other claimants' active figures for the same metric within NEARBY_DAYS of as_of, by as_of.
 * Unattributed figures count as one claimant, as in listLatestClaims: they are listed beside a
 * named claimant's figure, and a named claimant's beside theirs.
 */
async function listNearbyClaims(
  id: number,
  entry: { metricId: number; claimantId: number | null; asOf: string },
): Promise<ClaimRow[]> {
  const from = shiftDay(entry.asOf, -NEARBY_DAYS);
  const to = shiftDay(entry.asOf, NEARBY_DAYS);
  if (!from || !to) return [];
  // Served by claims_metric_status_asof_idx: metric and status equal, as_of a range.
  const rows = await selectClaimRows(db)
    .where(
      and(
        eq(claims.metricId, entry.metricId),
        eq(claims.status, 'active'),
        between(claims.asOf, from, to),
        ne(claims.id, id),
        // IS NOT, unlike <>, treats two nulls (two unattributed figures) as the same claimant.
        sql`${claims.claimantId} IS NOT ${entry.claimantId}`,
      ),
    )
    .orderBy(asc(claims.asOf), asc(claims.id))
    .limit(NEARBY_LIMIT);
  return rows.map(toClaimRow);
}
