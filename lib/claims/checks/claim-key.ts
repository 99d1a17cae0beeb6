import { figureInterval } from '@/lib/claims/rules/intervals';
import type { CheckedClaim } from './claims';

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

/** Two claims with one claim key are one claim. */
export function claimKeyOf(claim: CheckedClaim): string {
  return `${momentKey(claim)}|${figureKey(claim)}`;
}
