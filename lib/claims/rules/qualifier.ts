import type { Qualifier } from '@/db/schema';

/** An interval with each end open or closed; a null bound is unbounded (and always open). */
export type Interval = {
  low: number | null;
  high: number | null;
  isLowOpen: boolean;
  isHighOpen: boolean;
};

// 0.9 × 150 is 135.00000000000003 in floating point; an interval bound is a figure, not a residue.
const tidy = (n: number): number => Number(n.toPrecision(12));

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

function impliedInterval(qualifier: Qualifier, v: number): Interval {
  const closed = (low: number | null, high: number | null): Interval => ({
    low,
    high,
    isLowOpen: low === null,
    isHighOpen: high === null,
  });
  switch (qualifier) {
    case 'exact':
    case 'range':
      return closed(v, v);
    case 'at_least':
      return closed(v, null);
    case 'more_than':
      return { low: v, high: null, isLowOpen: true, isHighOpen: true };
    case 'about':
      return closed(tidy(0.9 * v), tidy(1.1 * v));
    case 'nearly':
      return { low: tidy(0.9 * v), high: v, isLowOpen: false, isHighOpen: true };
    case 'at_most':
      return closed(0, v);
    case 'less_than':
      return { low: 0, high: v, isLowOpen: false, isHighOpen: true };
  }
}

/** Whether two intervals share at least one number, honouring open ends. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return !isEntirelyBelow(a, b) && !isEntirelyBelow(b, a);
}

function isEntirelyBelow(a: Interval, b: Interval): boolean {
  if (a.high === null || b.low === null) return false;
  if (a.high < b.low) return true;
  return a.high === b.low && (a.isHighOpen || b.isLowOpen);
}

// Longest phrases first, so "no more than" wins over "more than" and "just under" over "under".
const HEDGES: ReadonlyArray<readonly [string, Qualifier]> = (
  [
    ['at least', 'at_least'],
    ['no fewer than', 'at_least'],
    ['a minimum of', 'at_least'],
    ['over', 'more_than'],
    ['more than', 'more_than'],
    ['above', 'more_than'],
    ['upwards of', 'more_than'],
    ['in excess of', 'more_than'],
    ['about', 'about'],
    ['around', 'about'],
    ['some', 'about'],
    ['approximately', 'about'],
    ['roughly', 'about'],
    ['an estimated', 'about'],
    ['nearly', 'nearly'],
    ['almost', 'nearly'],
    ['close to', 'nearly'],
    ['just under', 'nearly'],
    ['up to', 'at_most'],
    ['at most', 'at_most'],
    ['as many as', 'at_most'],
    ['no more than', 'at_most'],
    ['fewer than', 'less_than'],
    ['less than', 'less_than'],
    ['under', 'less_than'],
    ['below', 'less_than'],
  ] as const
).toSorted((a, b) => b[0].length - a[0].length);

/**
 * The qualifier that the words just before a number give it ("at least" → at_least), or null when
 * they hold no hedge. Only the words that end `before` count: "killed over 1,000" is more_than.
 */
export function qualifierFromWords(before: string): Qualifier | null {
  const tail = before.toLowerCase().replace(/\s+/g, ' ').trimEnd();
  for (const [phrase, qualifier] of HEDGES) {
    if (tail === phrase || tail.endsWith(` ${phrase}`)) return qualifier;
  }
  return null;
}

const QUALIFIER_BY_HEDGE = new Map<string, Qualifier>(HEDGES);

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const RANGE_PATTERNS = [
  new RegExp(String.raw`^between (${NUMBER}) and (${NUMBER})$`),
  new RegExp(String.raw`^(${NUMBER}) to (${NUMBER})$`),
  new RegExp(String.raw`^(${NUMBER}) ?[-–] ?(${NUMBER})$`),
];
const SINGLE = new RegExp(String.raw`^(.*?)\s*(${NUMBER})$`);

export type QualifiedFigure = { qualifier: Qualifier; value: number; low?: number; high?: number };

const toNumber = (digits: string): number => Number(digits.replaceAll(',', ''));

/**
 * Reads a hedged figure written in words, as DESIGN.md maps them: "over 1,000" → more_than 1000,
 * "between 10 and 20" → range [10, 20]. Null when the text is not one figure with its hedge.
 */
export function parseQualifiedFigure(text: string): QualifiedFigure | null {
  const phrase = text.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const pattern of RANGE_PATTERNS) {
    const match = pattern.exec(phrase);
    if (match) {
      const low = toNumber(match[1]);
      const high = toNumber(match[3]);
      return low <= high ? { qualifier: 'range', value: low, low, high } : null;
    }
  }
  const single = SINGLE.exec(phrase);
  if (!single) return null;
  const [, words, digits] = single;
  const qualifier = words === '' ? 'exact' : QUALIFIER_BY_HEDGE.get(words);
  return qualifier ? { qualifier, value: toNumber(digits) } : null;
}
