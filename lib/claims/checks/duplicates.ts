import { formatDay, formatNumber } from '@/lib/text/format';
import { figureKey, sharedMoments } from './claim-key';
import type { CheckedClaim, Flag } from './claims';
import { byEntryOrder, groupBy } from './order';
import { claimIdsInWords, claimantLabel, figureInWords, metricLabel } from './wording';

/**
 * Exact duplicates: active attributed claims with one claim key. Every door adds such a figure to
 * the stored claim as another appearance, so these are left from before appearances existed or
 * were written through two instances at once. Unattributed figures never count: no one can know
 * that two unnamed figures are one claim. One flag per key, its claims oldest first; the message
 * names the first few and counts the rest.
 */
export function findDuplicates(claims: readonly CheckedClaim[]): Flag[] {
  return sharedMoments(claims)
    .flatMap((sameMoment) => groupBy(sameMoment, figureKey))
    .filter((same) => same.length > 1)
    .map((same) => duplicateFlag(same.toSorted(byEntryOrder)));
}

function duplicateFlag(same: CheckedClaim[]): Flag {
  const [oldest] = same;
  if (!oldest) throw new Error('A duplicate needs claims');
  const ids = claimIdsInWords(same.map((claim) => claim.id));
  const times = same.length === 2 ? 'twice' : `${formatNumber(same.length)} times`;
  return {
    check: 'duplicate',
    metric: oldest.metric,
    claimant: oldest.claimant_slug,
    claim_ids: same.map((claim) => claim.id),
    dates: [oldest.as_of],
    message:
      `${claimantLabel(oldest)} gave ${metricLabel(oldest)} on ${formatDay(oldest.as_of)} as ` +
      `${figureInWords(oldest)}, and that one claim is stored ${times} (${ids}): ` +
      `every document it appeared in should be an appearance of #${oldest.id}.`,
  };
}
