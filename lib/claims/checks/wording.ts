import { formatNumber, intervalInWords, qualifiedValueInWords } from '@/lib/text/format';
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

/**
 * Names as a sentence lists them, the first few in full and the rest counted, so a flag about a
 * day of 1,500 claimants stays a sentence: "A", "A and B", "A, B, C and 1,497 others".
 */
export function namesInWords(names: readonly string[], shown = 3): string {
  const rest = names.length - shown;
  if (rest > 0) {
    return `${names.slice(0, shown).join(', ')} and ${formatNumber(rest)} other${rest === 1 ? '' : 's'}`;
  }
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Claim ids as a message lists them: "#4, #9"; past a few, "#1, #2, #3, #4, #5 and 7 more". */
export function claimIdsInWords(ids: readonly number[], shown = 5): string {
  const listed = ids
    .slice(0, shown)
    .map((id) => `#${id}`)
    .join(', ');
  const rest = ids.length - shown;
  return rest > 0 ? `${listed} and ${formatNumber(rest)} more` : listed;
}
