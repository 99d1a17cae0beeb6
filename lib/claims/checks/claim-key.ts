import { figureInterval } from '@/lib/claims/rules/intervals';
import type { CheckedClaim } from './claims';
import { groupBy } from './order';

// DESIGN.md's claim key (metric, claimant, value, qualifier, low/high, as_of, period), split in
// two: who gave a figure for what and when, and the figure itself. The writer recognises stored
// claims by the same key (lib/server/claims/appearances.ts, on ids); the checks read slugs.

/** Who gave a figure, for which metric and day, over which period. */
export function momentKey(claim: CheckedClaim): string {
  return JSON.stringify([
    claim.metric,
    claim.claimant_slug,
    claim.as_of,
    claim.period_start ?? null,
    claim.period_end ?? null,
  ]);
}

/**
 * The figure as an interval, so that stored bounds and the bounds a qualifier implies compare
 * equal: "about 1,000" stored as [900, 1,100] is the same figure as "about 1,000" just typed.
 */
export function figureKey(claim: CheckedClaim): string {
  const { low, high } = figureInterval(claim);
  return JSON.stringify([claim.value, claim.qualifier, low, high]);
}

/**
 * Named claimants' figures grouped by momentKey, only the groups of two or more: the only claims
 * that can be one claim stored twice, or two figures of one claimant in one document. Unattributed
 * figures are never grouped: no one can know that two unnamed figures come from one claimant.
 * Grouping by moment first keeps the figures of a metric of 10,000 claims from being keyed at all.
 */
export function sharedMoments(claims: readonly CheckedClaim[]): CheckedClaim[][] {
  return groupBy(
    claims.filter((claim) => claim.claimant_slug !== null),
    momentKey,
  ).filter((group) => group.length > 1);
}
