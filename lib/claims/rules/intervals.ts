import type { Qualifier } from '@/db/enums';

/** An interval with each end open or closed; a null bound is unbounded (and always open). */
export type Interval = {
  low: number | null;
  high: number | null;
  isLowOpen: boolean;
  isHighOpen: boolean;
};

/** A figure as every door holds it: its qualifier, its value and the bounds it states, if any. */
export type QualifiedValue = {
  qualifier: Qualifier;
  value: number;
  low?: number | null;
  high?: number | null;
};

// 0.9 × 150 is 135.00000000000003 in floating point; an interval bound is a figure, not a residue.
const tidy = (n: number): number => Number(n.toPrecision(12));

const closed = (low: number | null, high: number | null): Interval => ({
  low,
  high,
  isLowOpen: low === null,
  isHighOpen: high === null,
});

/**
 * How far "about" and "nearly" reach from the figure: Tally's convention, not the source's words
 * (DESIGN.md). The conventions page and the reading sentences quote it from here.
 */
export const HEDGE_MARGIN = 0.1;

/** The interval a qualifier alone gives a value (DESIGN.md), before any bounds an editor states. */
function impliedInterval(qualifier: Qualifier, v: number): Interval {
  switch (qualifier) {
    case 'exact':
    case 'range':
      return closed(v, v);
    case 'at_least':
      return closed(v, null);
    case 'more_than':
      return { low: v, high: null, isLowOpen: true, isHighOpen: true };
    case 'about':
      return closed(tidy((1 - HEDGE_MARGIN) * v), tidy((1 + HEDGE_MARGIN) * v));
    case 'nearly':
      return { low: tidy((1 - HEDGE_MARGIN) * v), high: v, isLowOpen: false, isHighOpen: true };
    case 'at_most':
      return closed(0, v);
    case 'less_than':
      return { low: 0, high: v, isLowOpen: false, isHighOpen: true };
  }
}

/**
 * The interval a qualified figure means (DESIGN.md): "nearly 150" is [135, 150), "over 1,000" is
 * (1000, ∞). Explicit bounds, when an editor gives them, replace the implied ones; for `range` they
 * are required and `value` is the low end.
 */
export function qualifierInterval(
  qualifier: Qualifier,
  value: number,
  explicit: { low?: number | null; high?: number | null } = {},
): Interval {
  const implied = impliedInterval(qualifier, value);
  return {
    ...implied,
    low: explicit.low ?? implied.low,
    high: explicit.high ?? implied.high,
  };
}

/** The interval a figure means, from its qualifier and any bounds it states. */
export function figureInterval(figure: QualifiedValue): Interval {
  return qualifierInterval(figure.qualifier, figure.value, figure);
}

/**
 * Whether a figure's interval says more than its qualifier does ("about 1,000" stated as 800 to
 * 1,200): only then are its bounds worth showing beside the words.
 */
export function hasOwnBounds(figure: QualifiedValue): boolean {
  const implied = impliedInterval(figure.qualifier, figure.value);
  const actual = figureInterval(figure);
  return implied.low !== actual.low || implied.high !== actual.high;
}

/**
 * Whether a stored claim's low/high columns are shown (API, exports, snapshots): only for a range
 * or for bounds an editor gave, so export → import → export gives the same bytes.
 */
export function showsStoredBounds(qualifier: Qualifier, hasExplicitBounds: boolean): boolean {
  return qualifier === 'range' || hasExplicitBounds;
}

/** Whether every number `a` allows is below every number `b` allows, honouring open ends. */
export function isEntirelyBelow(a: Interval, b: Interval): boolean {
  if (a.high === null || b.low === null) return false;
  if (a.high < b.low) return true;
  return a.high === b.low && (a.isHighOpen || b.isLowOpen);
}

/** Whether two intervals share at least one number, honouring open ends. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return !isEntirelyBelow(a, b) && !isEntirelyBelow(b, a);
}

/** Whether interval `a` lies inside `b`, honouring open ends. */
export function isWithin(a: Interval, b: Interval): boolean {
  const isLowInside =
    b.low === null ||
    (a.low !== null && (a.low > b.low || (a.low === b.low && (a.isLowOpen || !b.isLowOpen))));
  const isHighInside =
    b.high === null ||
    (a.high !== null &&
      (a.high < b.high || (a.high === b.high && (a.isHighOpen || !b.isHighOpen))));
  return isLowInside && isHighInside;
}

/** The interval that a sum of intervals can take: ends add up, and an open or unbounded end wins. */
export function sumIntervals(parts: readonly Interval[]): Interval {
  return parts.reduce<Interval>(
    (sum, part) => ({
      low: (sum.low ?? 0) + (part.low ?? 0),
      high: sum.high === null || part.high === null ? null : sum.high + part.high,
      isLowOpen: sum.isLowOpen || part.isLowOpen,
      isHighOpen: sum.isHighOpen || part.isHighOpen,
    }),
    closed(0, 0),
  );
}

/** How another figure stands against this one. */
export type Comparison = 'agrees' | 'overlaps' | 'higher' | 'lower';

/**
 * How `theirs` compares with `mine`: 'agrees' when one interval lies inside the other (1,500 is
 * "over 1,000"), 'overlaps' when they share some values but each allows values the other rules
 * out, else 'higher' or 'lower' (theirs is entirely above or below).
 */
export function compareIntervals(mine: Interval, theirs: Interval): Comparison {
  if (intervalsOverlap(mine, theirs)) {
    return isWithin(theirs, mine) || isWithin(mine, theirs) ? 'agrees' : 'overlaps';
  }
  return isEntirelyBelow(mine, theirs) ? 'higher' : 'lower';
}
