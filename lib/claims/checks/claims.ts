import type { MetricKind, Qualifier } from '@/db/enums';

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
