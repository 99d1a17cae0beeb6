import { formatDay, formatNumber } from '@/lib/text/format';
import { findNumberInText } from '@/lib/claims/rules/number-forms';
import { statedNumbers } from '@/lib/claims/rules/quote-marks';
import type { CheckedClaim, Flag } from './claims';
import { claimantLabel, figureInWords, metricLabel } from './wording';

/**
 * DESIGN.md's quote check: a quote that does not write the claimed number in any common form
 * ("1,000", "one thousand", "a thousand"...); for a range, both ends. A claim without a quote gets
 * the milder `no_quote` flag instead, since there is nothing to compare.
 */
export function findQuoteProblems(claims: readonly CheckedClaim[]): Flag[] {
  return claims.flatMap((claim) => {
    const quote = claim.quote?.trim() ?? '';
    if (quote === '') return [quoteFlag(claim, 'no_quote', 'has no quote to check it against')];
    const missing = statedNumbers(claim).filter((n) => findNumberInText(quote, n) === null);
    if (missing.length === 0) return [];
    const numbers = missing.map(formatNumber).join(' or ');
    return [
      quoteFlag(claim, 'number_not_in_quote', `has a quote that does not contain ${numbers}`),
    ];
  });
}

function quoteFlag(
  claim: CheckedClaim,
  check: 'no_quote' | 'number_not_in_quote',
  problem: string,
): Flag {
  return {
    check,
    metric: claim.metric,
    claimant: claim.claimant_slug,
    claim_ids: [claim.id],
    dates: [claim.as_of],
    message:
      `The figure ${figureInWords(claim)} for ${metricLabel(claim)} on ` +
      `${formatDay(claim.as_of)}, from ${claimantLabel(claim)}, ${problem}.`,
  };
}
