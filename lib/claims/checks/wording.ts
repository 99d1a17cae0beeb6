import { intervalInWords, qualifiedValueInWords } from '@/lib/text/format';
import { figureInterval, hasOwnBounds } from '@/lib/claims/rules/intervals';
import type { CheckedClaim } from './claims';

export function claimantLabel(claim: CheckedClaim): string {
  return claim.claimant ?? claim.claimant_slug ?? 'an unnamed source';
}

export function metricLabel(claim: CheckedClaim): string {
  return claim.metric_name ?? claim.metric;
}

/**
 * A figure as a fact checker reads it: "over 1,000", and when the words hide the span it allows,
 * that too: "about 1,000 (900 to 1,100)".
 */
export function figureInWords(claim: CheckedClaim): string {
  const interval = figureInterval(claim);
  const words = qualifiedValueInWords({ ...claim, high: interval.high });
  const isVague = claim.qualifier === 'about' || claim.qualifier === 'nearly';
  return (hasOwnBounds(claim) && claim.qualifier !== 'range') || isVague
    ? `${words} (${intervalInWords(interval)})`
    : words;
}
