import 'server-only';
import { and, asc, between, eq, ne, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { claims } from '@/db/schema';
import { shiftDay } from '@/lib/text/dates';
import { type Comparison, compareIntervals, figureInterval } from '@/lib/claims/rules/intervals';
import { getClaim, listClaimRevisions } from '@/lib/server/claims/queries';
import type { ClaimRevisionJson } from '@/lib/api/response-schemas';
import type { ClaimRow } from '@/lib/claims/claim-row';
import { selectClaimRows, toClaimRow } from '@/lib/server/claims/rows';

/** How far either side of a claim's as_of other claimants' figures count as the same moment. */
export const NEARBY_DAYS = 7;
// A metric with daily reports from many claimants could list hundreds; the metric page has them all.
export const NEARBY_LIMIT = 50;

export type NearbyClaim = { claim: ClaimRow; comparison: Comparison };

export type ClaimPage = {
  claim: ClaimRow;
  /** When the claim was entered (ISO instant), and by which editor; null is the seed or the CLI. */
  enteredAt: string;
  enteredBy: number | null;
  nearby: NearbyClaim[];
  revisions: ClaimRevisionJson[];
};

/** Everything the claim page shows, or null for an unknown id. Retracted claims are included. */
export async function getClaimPage(id: number): Promise<ClaimPage | null> {
  const [entry] = await db
    .select({
      metricId: claims.metricId,
      claimantId: claims.claimantId,
      asOf: claims.asOf,
      createdAt: claims.createdAt,
      enteredBy: claims.enteredBy,
    })
    .from(claims)
    .where(eq(claims.id, id));
  const claim = entry ? await getClaim(id) : null;
  if (!entry || !claim) return null;
  const [nearby, revisions] = await Promise.all([
    listNearbyClaims(id, entry),
    listClaimRevisions(id),
  ]);
  const mine = figureInterval(claim);
  return {
    claim,
    enteredAt: entry.createdAt.toISOString(),
    enteredBy: entry.enteredBy,
    nearby: nearby.map((other) => ({
      claim: other,
      comparison: compareIntervals(mine, figureInterval(other)),
    })),
    revisions,
  };
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
