import 'server-only';
import { and, asc, between, eq, ne, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { claims } from '@/db/schema';
import { shiftDay } from '@/lib/text/dates';
import { type Interval, intervalsOverlap } from '@/lib/claims/rules/qualifier';
import { type Revision, getClaim, listClaimRevisions } from '@/lib/server/claims/queries';
import { type ClaimRow, rowInterval, selectClaimRows, toClaimRow } from '@/lib/server/claims/rows';

/** How far either side of a claim's as_of other claimants' figures count as the same moment. */
export const NEARBY_DAYS = 7;
// A metric with daily reports from many claimants could list hundreds; the metric page has them all.
export const NEARBY_LIMIT = 50;

/** How another figure stands against this one. */
export type Comparison = 'agrees' | 'overlaps' | 'higher' | 'lower';
export type NearbyClaim = { claim: ClaimRow; comparison: Comparison };

export type ClaimPage = {
  claim: ClaimRow;
  /** When the claim was entered (ISO instant), and by which editor; null is the seed or the CLI. */
  enteredAt: string;
  enteredBy: number | null;
  nearby: NearbyClaim[];
  revisions: Revision[];
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
  const mine = rowInterval(claim);
  return {
    claim,
    enteredAt: entry.createdAt.toISOString(),
    enteredBy: entry.enteredBy,
    nearby: nearby.map((other) => ({
      claim: other,
      comparison: compareIntervals(mine, rowInterval(other)),
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

/** Whether interval `a` lies inside `b`, honouring open ends. */
function isWithin(a: Interval, b: Interval): boolean {
  const isLowInside =
    b.low === null ||
    (a.low !== null && (a.low > b.low || (a.low === b.low && (a.isLowOpen || !b.isLowOpen))));
  const isHighInside =
    b.high === null ||
    (a.high !== null &&
      (a.high < b.high || (a.high === b.high && (a.isHighOpen || !b.isHighOpen))));
  return isLowInside && isHighInside;
}

/**
 * How `theirs` compares with `mine`: 'agrees' when one interval lies inside the other (1,500 is
 * "over 1,000"), 'overlaps' when they share some values but each allows values the other rules
 * out, else 'higher' or 'lower' (theirs is entirely above or below).
 */
export function compareIntervals(mine: Interval, theirs: Interval): Comparison {
  if (intervalsOverlap(mine, theirs)) {
    return isWithin(theirs, mine) || isWithin(mine, theirs) ? 'agrees' : 'overlaps';
  }
  const isAbove = mine.high !== null && theirs.low !== null && theirs.low >= mine.high;
  return isAbove ? 'higher' : 'lower';
}
