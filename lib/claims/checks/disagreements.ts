import { formatDay } from '@/lib/text/format';
import { figureInterval, intervalsOverlap } from '@/lib/claims/rules/intervals';
import type { CheckedClaim, Flag } from './claims';
import { bySeriesOrder, groupBy } from './order';
import { claimantLabel, figureInWords, metricLabel } from './wording';

/**
 * DESIGN.md's disagreement check: for one metric and as_of, each pair of figures from different
 * claimants (unattributed figures count as one claimant) whose intervals share no number, so
 * they cannot both be right. One flag per pair, the earlier-entered claim first.
 */
export function findDisagreements(claims: readonly CheckedClaim[]): Flag[] {
  return groupBy(claims, (c) => `${c.metric}|${c.as_of}`).flatMap((sameDay) => {
    const ordered = sameDay.toSorted(bySeriesOrder);
    return ordered.flatMap((a, i) =>
      ordered
        .slice(i + 1)
        .filter((b) => a.claimant_slug !== b.claimant_slug)
        .filter((b) => !intervalsOverlap(figureInterval(a), figureInterval(b)))
        .map((b) => disagreementFlag(a, b)),
    );
  });
}

function disagreementFlag(a: CheckedClaim, b: CheckedClaim): Flag {
  return {
    check: 'disagreement',
    metric: a.metric,
    claimant: a.claimant_slug,
    claim_ids: [a.id, b.id],
    dates: [a.as_of],
    message:
      `For ${metricLabel(a)} on ${formatDay(a.as_of)}, ${claimantLabel(a)} gave ` +
      `${figureInWords(a)} and ${claimantLabel(b)} gave ${figureInWords(b)}: ` +
      'the two figures cannot both be right.',
  };
}
