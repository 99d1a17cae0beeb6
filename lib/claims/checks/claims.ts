import type { z } from 'zod';
import type { MetricKind, Qualifier } from '@/db/enums';
import type { FlagJson } from '@/lib/api/response-schemas';

export const FLAG_CHECKS = [
  'parts_vs_whole',
  'cumulative_fall',
  'disagreement',
  'conflict',
  'duplicate',
  'number_not_in_quote',
  'no_quote',
] as const;
export type FlagCheck = (typeof FLAG_CHECKS)[number];

/** One problem a check found, in the shape of `check --json` (DESIGN.md); the API's FlagJson. */
export type Flag = z.infer<typeof FlagJson>;

/**
 * An entry check that fired, by its words: what the editor is asked to confirm, and what the
 * claim's revision keeps once they have.
 */
export type EntryWarning = { check: string; message: string };

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
  period_start?: string | null;
  period_end?: string | null;
  value: number;
  qualifier: Qualifier;
  low?: number | null;
  high?: number | null;
  quote?: string | null;
  /**
   * The documents the claim appeared in: every appearance for `check`, its first one alone on a
   * metric's page. Two figures can only conflict in a document both of them name.
   */
  documents?: readonly CheckedDocument[];
};

/** A document a claim appeared in: its id, and its title (or link) for a flag's message. */
export type CheckedDocument = { id: number; name: string | null };

/** What the checks need to know of a metric; MetricJson passes as it is. */
export type CheckedMetric = {
  slug: string;
  kind: MetricKind;
  /** The slug of the whole this metric is a part of. */
  parent: string | null;
  parts_complete: boolean;
};
