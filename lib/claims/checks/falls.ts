import { formatDay } from '@/lib/text/format';
import { figureInterval, isEntirelyBelow } from '@/lib/claims/rules/intervals';
import type { CheckedClaim, CheckedMetric, Flag } from './claims';
import { bySeriesOrder, groupBy } from './order';
import { claimantLabel, figureInWords, metricLabel } from './wording';

/**
 * DESIGN.md's cumulative-fall check: within one claimant's series of a cumulative metric, ordered
 * by as_of (ties in the order entered), each figure that lies entirely below the one just before
 * it. Intervals decide, so "at least 100" then "about 95" is no fall; "100" then "90" is.
 * Unattributed figures form a series of their own.
 */
export function findCumulativeFalls(
  claims: readonly CheckedClaim[],
  metrics: readonly CheckedMetric[],
): Flag[] {
  const cumulative = new Set(metrics.filter((m) => m.kind === 'cumulative').map((m) => m.slug));
  const series = groupBy(
    claims.filter((c) => cumulative.has(c.metric)),
    (c) => `${c.metric}|${c.claimant_slug ?? ''}`,
  );
  return series.flatMap((figures) => {
    const ordered = figures.toSorted(bySeriesOrder);
    return ordered.flatMap((after, i) => {
      const before = ordered[i - 1];
      return before && isEntirelyBelow(figureInterval(after), figureInterval(before))
        ? [fallFlag(before, after)]
        : [];
    });
  });
}

function fallFlag(before: CheckedClaim, after: CheckedClaim): Flag {
  const who = claimantLabel(after);
  return {
    check: 'cumulative_fall',
    metric: after.metric,
    claimant: after.claimant_slug,
    claim_ids: [before.id, after.id],
    dates: [before.as_of, after.as_of],
    message:
      `${capitalized(who)} gave ${metricLabel(after)} as ${figureInWords(before)} on ` +
      `${formatDay(before.as_of)}, then ${figureInWords(after)} on ${formatDay(after.as_of)}: ` +
      'a running total should not fall.',
  };
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
