/** The CSV columns of DESIGN.md, in their order: the keys of the canonical claim input too. */
export const CLAIM_COLUMNS = [
  'topic',
  'metric',
  'metric_name',
  'unit',
  'metric_kind',
  'parent_metric',
  'value',
  'qualifier',
  'low',
  'high',
  'as_of',
  'period_start',
  'period_end',
  'claimant',
  'claimant_kind',
  'claimant_description',
  'via',
  'attribution',
  'stated_on',
  'url',
  'title',
  'publisher',
  'byline',
  'published_on',
  'archive_url',
  'quote',
  'notes',
  'status',
] as const;
export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];

/**
 * The columns that say where a figure appeared rather than what was claimed (DESIGN.md
 * "appearance"): a claim's own are its first appearance's, and an export has a row per appearance.
 */
export const APPEARANCE_COLUMNS = [
  'via',
  'attribution',
  'url',
  'title',
  'publisher',
  'byline',
  'published_on',
  'archive_url',
  'quote',
] as const satisfies readonly ClaimColumn[];
