import type { MetricKind, Qualifier } from '@/db/schema';
import { intervalInWords, qualifiedValueInWords } from '@/lib/text/format';
import { type Interval, intervalsOverlap, qualifierInterval } from '@/lib/claims/rules/qualifier';

export const FLAG_CHECKS = [
  'parts_vs_whole',
  'cumulative_fall',
  'disagreement',
  'number_not_in_quote',
  'no_quote',
] as const;
export type FlagCheck = (typeof FLAG_CHECKS)[number];

/** One problem a check found, in the shape of `check --json` (DESIGN.md). */
export type Flag = {
  check: FlagCheck;
  /** The metric's slug; for parts vs whole, the whole's. */
  metric: string;
  /** The claimant's source slug, null for unattributed figures; for a disagreement, the first claim's. */
  claimant: string | null;
  claim_ids: number[];
  /** For a fall, [before, after]; otherwise the one as_of the flag is about. */
  dates: string[];
  message: string;
};

/**
 * A claim as the checks read it. The keys are ClaimRow's, so stored rows pass as they are; names
 * are optional and only make messages read better. Pass active claims only: a retracted figure
 * contradicts nothing.
 */
export type CheckedClaim = {
  /** 0 for a claim not saved yet, which counts as entered after every saved one. */
  id: number;
  /** The metric's slug. */
  metric: string;
  metric_name?: string | null;
  /** The claimant's source slug; null when unattributed (those figures count as one claimant). */
  claimant_slug: string | null;
  /** The claimant's name. */
  claimant?: string | null;
  as_of: string;
  value: number;
  qualifier: Qualifier;
  low?: number | null;
  high?: number | null;
  quote?: string | null;
};

/** What the checks need to know of a metric; MetricSummary passes as it is. */
export type CheckedMetric = {
  slug: string;
  kind: MetricKind;
  /** The slug of the whole this metric is a part of. */
  parent: string | null;
  parts_complete: boolean;
};

/** The interval a claim means, from its qualifier and any bounds it states. */
export function claimInterval(claim: CheckedClaim): Interval {
  return qualifierInterval(claim.qualifier, claim.value, { low: claim.low, high: claim.high });
}

/** Whether every number `a` allows is below every number `b` allows. */
export function isEntirelyBelow(a: Interval, b: Interval): boolean {
  return !intervalsOverlap(a, b) && a.high !== null && b.low !== null && a.high <= b.low;
}

// An unsaved claim (id 0) will get the next id, so it sorts after every saved one.
const entryRank = (claim: CheckedClaim): number =>
  claim.id === 0 ? Number.POSITIVE_INFINITY : claim.id;

/** Orders claims as a series reads them: by as_of, then in the order they were entered. */
export function bySeriesOrder(a: CheckedClaim, b: CheckedClaim): number {
  return a.as_of.localeCompare(b.as_of) || entryRank(a) - entryRank(b);
}

/** Whether `a` was entered after `b`: of two figures for the same thing, the later one stands. */
export function isEnteredAfter(a: CheckedClaim, b: CheckedClaim): boolean {
  return entryRank(a) > entryRank(b);
}

/** Groups items by a key, keeping first-seen order. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

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
  const words = qualifiedValueInWords({ ...claim, high: claimInterval(claim).high });
  const implied = qualifierInterval(claim.qualifier, claim.value);
  const actual = claimInterval(claim);
  const hasOwnBounds = implied.low !== actual.low || implied.high !== actual.high;
  const isVague = claim.qualifier === 'about' || claim.qualifier === 'nearly';
  return (hasOwnBounds && claim.qualifier !== 'range') || isVague
    ? `${words} (${intervalInWords(actual)})`
    : words;
}
