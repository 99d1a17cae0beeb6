// Claims and metrics for the consistency checks' tests, written by hand: the seed's five figures
// and builders for small series.
import type { Qualifier } from '@/db/enums';
import type { CheckedClaim, CheckedMetric, Flag } from '@/lib/claims/checks';
import { type Interval, qualifierInterval } from '@/lib/claims/rules/intervals';

export const SYRIA_QUOTE =
  "The death toll from the violence in northwestern Syria has risen to over 1,000 people in just two days, including 745 civilians, who were killed mostly execution-style, 125 militants belonging to the country’s Hay'at Tahrir al-Sham [HTS]-led regime, and nearly 150 members of opposition groups, the so-called Syrian Observatory for Human Rights, a UK-based monitor said on Sunday.";
export const GAZA_QUOTE =
  'Elsewhere in his remarks, the spokesman addressed “Israel’s” ongoing genocidal atrocities against Palestinians in the Gaza Strip that have claimed the lives of at least 48,450 people, mostly women and children.';

/** A claim of the cumulative 'toll' by 'moh' on 19 Oct 2023 unless told otherwise. */
export const claim = (
  id: number,
  value: number,
  fields: Partial<CheckedClaim> = {},
): CheckedClaim => ({
  id,
  value,
  metric: 'toll',
  claimant_slug: 'moh',
  as_of: '2023-10-19',
  qualifier: 'exact',
  quote: null,
  ...fields,
});
/** On that day of October 2023. */
export const on = (day: number): Pick<CheckedClaim, 'as_of'> => ({ as_of: `2023-10-${day}` });
/** By that claimant (a source slug), or unattributed. */
export const by = (claimant_slug: string | null): Pick<CheckedClaim, 'claimant_slug'> => ({
  claimant_slug,
});

/** 'toll', a running total, and 'tally', a count that may go down. */
export const METRICS: CheckedMetric[] = [
  { slug: 'toll', kind: 'cumulative', parent: null, parts_complete: false },
  { slug: 'tally', kind: 'count', parent: null, parts_complete: false },
];

export const idsOf = (flags: readonly Flag[]): number[][] => flags.map((flag) => flag.claim_ids);

/** A qualifier's interval; with `high`, the stated bounds [value, high]. */
export const interval = (qualifier: Qualifier, value: number, high?: number): Interval =>
  qualifierInterval(qualifier, value, high === undefined ? {} : { low: value, high });

const sohr = { claimant_slug: 'sohr', as_of: '2025-03-09', quote: SYRIA_QUOTE };
const gazaSeed = { claimant_slug: null, as_of: '2025-03-10', quote: GAZA_QUOTE };

/** The seed article's five figures: a partial breakdown of over 1,000, and Gaza's at least 48,450. */
export const SEED: CheckedClaim[] = [
  claim(1, 1000, { metric: 'syria-coast-killed', qualifier: 'more_than', ...sohr }),
  claim(2, 745, { metric: 'syria-coast-civilians-killed', ...sohr }),
  claim(3, 125, { metric: 'syria-coast-security-forces-killed', ...sohr }),
  claim(4, 150, { metric: 'syria-coast-opposition-killed', qualifier: 'nearly', ...sohr }),
  claim(5, 48450, { metric: 'gaza-killed', qualifier: 'at_least', ...gazaSeed }),
];
const syriaPart = (slug: string): CheckedMetric => ({
  slug,
  kind: 'count',
  parent: 'syria-coast-killed',
  parts_complete: false,
});
export const SEED_METRICS: CheckedMetric[] = [
  { slug: 'syria-coast-killed', kind: 'count', parent: null, parts_complete: false },
  syriaPart('syria-coast-civilians-killed'),
  syriaPart('syria-coast-security-forces-killed'),
  syriaPart('syria-coast-opposition-killed'),
  { slug: 'gaza-killed', kind: 'cumulative', parent: null, parts_complete: false },
];
