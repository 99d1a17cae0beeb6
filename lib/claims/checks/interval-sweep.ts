import type { Interval } from '@/lib/claims/rules/intervals';

// Many figures for one metric and day, compared by sorting their ends instead of pair by pair: a
// day of 1,500 claimants is 1,500 figures to sort, not 1.1 million pairs to compare.

/**
 * An interval's end as a point on the number line, so that open and closed ends order like
 * numbers: an open high end at 150 lies just below 150 (side -1), an open low end just above it
 * (side 1), an unbounded end at ±∞. With these, isEntirelyBelow(a, b) is highEnd(a) < lowEnd(b).
 */
export type End = { at: number; side: -1 | 0 | 1 };

export function lowEnd(interval: Interval): End {
  if (interval.low === null) return { at: Number.NEGATIVE_INFINITY, side: 0 };
  return { at: interval.low, side: interval.isLowOpen ? 1 : 0 };
}

export function highEnd(interval: Interval): End {
  if (interval.high === null) return { at: Number.POSITIVE_INFINITY, side: 0 };
  return { at: interval.high, side: interval.isHighOpen ? -1 : 0 };
}

export function compareEnds(a: End, b: End): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.side - b.side;
}

/** The interval an End pair describes: the inverse of lowEnd and highEnd. */
export function intervalOfEnds(low: End, high: End): Interval {
  return {
    low: Number.isFinite(low.at) ? low.at : null,
    high: Number.isFinite(high.at) ? high.at : null,
    isLowOpen: !Number.isFinite(low.at) || low.side === 1,
    isHighOpen: !Number.isFinite(high.at) || high.side === -1,
  };
}

/** A figure as the sweep reads it: its ends, and who gave it (null: unattributed, one claimant). */
export type SweptFigure = { low: End; high: End; claimant: string | null };

/** A figure and its position among those given: the one shape sorted, so sorting stays fast. */
type Placed = { low: End; high: End; claimant: string | null; position: number };

const byLowEnd = (a: Placed, b: Placed) => compareEnds(a.low, b.low) || a.position - b.position;
const byHighEnd = (a: Placed, b: Placed) => compareEnds(a.high, b.high) || a.position - b.position;

/** The figures with their positions, sorted by an end, ties in position order. */
function sortedBy(
  figures: readonly (Pick<SweptFigure, 'low' | 'high'> & { claimant?: string | null })[],
  end: 'low' | 'high',
): Placed[] {
  return figures
    .map(({ low, high, claimant = null }, position) => ({ low, high, claimant, position }))
    .sort(end === 'low' ? byLowEnd : byHighEnd);
}

/** How many of `ends` (sorted) come before `bound`, by `isBefore` of their comparison. */
function countBefore(ends: readonly End[], bound: End, isBefore: (c: number) => boolean): number {
  let from = 0;
  let to = ends.length;
  while (from < to) {
    const mid = (from + to) >>> 1;
    const end = ends[mid];
    if (end && isBefore(compareEnds(end, bound))) from = mid + 1;
    else to = mid;
  }
  return from;
}

/**
 * For each figure, whether another claimant's figure shares no number with it: lies entirely
 * below it or entirely above it. Sorted by high end, the figures entirely below one are a prefix;
 * sorted by low end, those entirely above are a suffix; a prefix holds another claimant's figure
 * when it holds two claimants, or one that is not this figure's. O(n log n).
 */
export function disagreeingFigures(figures: readonly SweptFigure[]): boolean[] {
  const byHigh = sortedBy(figures, 'high');
  const byLow = sortedBy(figures, 'low');
  const highs = byHigh.map((figure) => figure.high);
  const lows = byLow.map((figure) => figure.low);
  // The first claimant by high end, and where another claimant first appears after it.
  const firstClaimant = byHigh[0]?.claimant ?? null;
  const otherFirst = byHigh.findIndex((figure) => figure.claimant !== firstClaimant);
  const otherFirstAt = otherFirst === -1 ? figures.length : otherFirst;
  // The last claimant by low end, and where another claimant last appears before it.
  const lastClaimant = byLow.at(-1)?.claimant ?? null;
  const otherLastAt = byLow.findLastIndex((figure) => figure.claimant !== lastClaimant);

  return figures.map((figure) => {
    const below = countBefore(highs, figure.low, (c) => c < 0);
    if (below > 0 && (firstClaimant !== figure.claimant || otherFirstAt < below)) return true;
    const aboveFrom = countBefore(lows, figure.high, (c) => c <= 0);
    return (
      aboveFrom < figures.length && (lastClaimant !== figure.claimant || otherLastAt >= aboveFrom)
    );
  });
}

/**
 * Figures grouped so that the figures of each group all share at least one number, ordered from
 * the lowest group to the highest. Greedy by high end, the fewest such groups: the figure that ends
 * lowest in a group lies entirely below every figure of the groups after it, so no single number
 * fits every group. A figure that allows no number at all (as [0, 0)) is a group of its own.
 * Returns positions, each group in position order. O(n log n).
 */
export function agreeingGroups(figures: readonly Pick<SweptFigure, 'low' | 'high'>[]): number[][] {
  const byLow = sortedBy(figures, 'low');
  const isGrouped = new Uint8Array(figures.length);
  const groups: number[][] = [];
  let next = 0;
  for (const first of sortedBy(figures, 'high')) {
    if (isGrouped[first.position]) continue;
    const group: number[] = [];
    if (compareEnds(first.low, first.high) > 0) {
      group.push(first.position);
    } else {
      // Every figure not yet grouped that starts at or below this one's high end contains that
      // end (it ends no lower, since `first` ends lowest of those left), `first` among them.
      for (; next < byLow.length; next++) {
        const member = byLow[next];
        if (!member || compareEnds(member.low, first.high) > 0) break;
        if (!isGrouped[member.position]) group.push(member.position);
        isGrouped[member.position] = 1;
      }
    }
    isGrouped[first.position] = 1;
    groups.push(group.sort((a, b) => a - b));
  }
  return groups;
}

/** The numbers every figure of a group allows: the highest low end to the lowest high end. */
export function sharedEnds(figures: readonly Pick<SweptFigure, 'low' | 'high'>[]): Interval {
  const [first, ...rest] = figures;
  if (!first) throw new Error('A group needs figures');
  let from = first.low;
  let to = first.high;
  for (const figure of rest) {
    if (compareEnds(figure.low, from) > 0) from = figure.low;
    if (compareEnds(figure.high, to) < 0) to = figure.high;
  }
  return intervalOfEnds(from, to);
}
