/**
 * The contract's CSV columns in their order, written out by hand so that a change to the code's own
 * list (lib/claims/input/columns.ts) fails the tests that compare against it.
 */
export const CONTRACT_COLUMNS = [
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
];
