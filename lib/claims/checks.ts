import { type Interval, intervalsOverlap } from './qualifier';

/** The interval that a sum of intervals can take: ends add up, and an open or unbounded end wins. */
export function sumIntervals(parts: readonly Interval[]): Interval {
  return parts.reduce<Interval>(
    (sum, part) => ({
      low: (sum.low ?? 0) + (part.low ?? 0),
      high: sum.high === null || part.high === null ? null : sum.high + part.high,
      isLowOpen: sum.isLowOpen || part.isLowOpen,
      isHighOpen: sum.isHighOpen || part.isHighOpen,
    }),
    { low: 0, high: 0, isLowOpen: false, isHighOpen: false },
  );
}

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
