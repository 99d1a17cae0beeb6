import { formatDay, intervalInWords } from '@/lib/text/format';
import {
  type Interval,
  figureInterval,
  intervalsOverlap,
  isEntirelyBelow,
  sumIntervals,
} from '@/lib/claims/rules/intervals';
import type { CheckedClaim, CheckedMetric, Flag } from './claims';
import { groupBy, isEnteredAfter } from './order';
import { claimantLabel, figureInWords, metricLabel } from './wording';

export type PartsVerdict = {
  /** Whether the parts fit the whole under DESIGN.md's rule. */
  fits: boolean;
  /** 'complete' when the metric's parts are exhaustive (parts_complete), else 'partial'. */
  breakdown: 'partial' | 'complete';
  partsSum: Interval;
};

/**
 * DESIGN.md's parts-vs-whole rule, for one claimant and date: the parts' lower bounds must not sum
 * above the whole's upper bound; when the parts are complete, the interval of their sum must also
 * overlap the whole's interval. "745 + 125 + nearly 150" sums to [1005, 1020), which fits
 * "over 1,000" either way.
 */
export function checkPartsAgainstWhole(
  whole: Interval,
  parts: readonly Interval[],
  isComplete: boolean,
): PartsVerdict {
  const partsSum = sumIntervals(parts);
  // A partial breakdown only says the whole is at least the parts' sum.
  const atLeastParts: Interval = { ...partsSum, high: null, isHighOpen: true };
  const fits = intervalsOverlap(whole, isComplete ? partsSum : atLeastParts);
  return { fits, breakdown: isComplete ? 'complete' : 'partial', partsSum };
}

/**
 * DESIGN.md's parts-vs-whole check over claims: for each claimant and date, each figure of a whole
 * against the figures of its part metrics (the metrics whose parent it is). Of several figures
 * for one part, the one entered last stands, as in the breakdown chart.
 */
export function findPartsOverWhole(
  claims: readonly CheckedClaim[],
  metrics: readonly CheckedMetric[],
): Flag[] {
  const parentOf = new Map(metrics.map((m) => [m.slug, m.parent]));
  const isComplete = new Map(metrics.map((m) => [m.slug, m.parts_complete]));
  const sameSource = groupBy(claims, (c) => `${c.claimant_slug ?? ''}|${c.as_of}`);
  return sameSource.flatMap((group) =>
    group.flatMap((whole) => {
      const parts = latestPerMetric(group.filter((c) => parentOf.get(c.metric) === whole.metric));
      if (parts.length === 0) return [];
      const verdict = checkPartsAgainstWhole(
        figureInterval(whole),
        parts.map(figureInterval),
        isComplete.get(whole.metric) ?? false,
      );
      return verdict.fits ? [] : [partsFlag(whole, parts, verdict)];
    }),
  );
}

function latestPerMetric(claims: readonly CheckedClaim[]): CheckedClaim[] {
  const latest = new Map<string, CheckedClaim>();
  for (const claim of claims) {
    const known = latest.get(claim.metric);
    if (!known || isEnteredAfter(claim, known)) latest.set(claim.metric, claim);
  }
  return [...latest.values()];
}

function partsFlag(whole: CheckedClaim, parts: CheckedClaim[], verdict: PartsVerdict): Flag {
  const listed = parts.map((p) => `${metricLabel(p)} ${figureInWords(p)}`).join(', ');
  const isAbove = isEntirelyBelow(figureInterval(whole), verdict.partsSum);
  const problem = isAbove
    ? `more than the whole, ${figureInWords(whole)}, allows`
    : `short of the whole, ${figureInWords(whole)}, though the breakdown is meant to be complete`;
  return {
    check: 'parts_vs_whole',
    metric: whole.metric,
    claimant: whole.claimant_slug,
    claim_ids: [whole.id, ...parts.map((p) => p.id)],
    dates: [whole.as_of],
    message:
      `On ${formatDay(whole.as_of)}, ${claimantLabel(whole)} gave parts of ` +
      `${metricLabel(whole)} (${listed}) that add up to ${intervalInWords(verdict.partsSum)}: ` +
      `${problem}.`,
  };
}
