// Each enum is declared once, as an `as const` array: the columns in schema.ts, the zod schemas in
// lib/ and the form <select>s all read it.

export const QUALIFIERS = [
  'exact',
  'at_least',
  'more_than',
  'about',
  'nearly',
  'at_most',
  'less_than',
  'range',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const ATTRIBUTIONS = ['direct', 'reported', 'unattributed'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

/** What an editor, a form or a file may set: a figure stands, or its claimant took it back. */
export const ENTERED_STATUSES = ['active', 'retracted'] as const;
export type EnteredStatus = (typeof ENTERED_STATUSES)[number];

/** Every stored status: 'merged' is set only by Tally, on an exact duplicate of another claim. */
export const CLAIM_STATUSES = [...ENTERED_STATUSES, 'merged'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const METRIC_KINDS = ['cumulative', 'count'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

export const SOURCE_KINDS = [
  'monitor',
  'government',
  'ministry',
  'armed_group',
  'un_agency',
  'ngo',
  'media',
  'official',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

// 'appearance': the claim was found in one more document; 'merge': the claim was an exact
// duplicate and now lives on in the claim it was merged into; 'alias': a source got another name.
export const REVISION_ACTIONS = [
  'create',
  'edit',
  'retract',
  'appearance',
  'merge',
  'alias',
] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** The rows other than claims whose changes are kept in `record_revisions`. */
export const REVISED_RECORDS = ['topic', 'metric', 'source', 'document'] as const;
export type RevisedRecord = (typeof REVISED_RECORDS)[number];
