import type {
  Attribution,
  ClaimStatus,
  MetricKind,
  Qualifier,
  RevisionAction,
  SourceKind,
} from '@/db/enums';
import type { DraftFlag } from '@/lib/extract/types';

// Every enum in words, once: selects, pages and messages read these maps, so a value is never
// spelt out by hand (or by `replace('_', ' ')`) in a second place.

/** A qualifier as an editor chooses it, with the everyday word where the two differ. */
export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: 'exactly',
  at_least: 'at least',
  more_than: 'more than (over)',
  about: 'about',
  nearly: 'nearly',
  at_most: 'at most (up to)',
  less_than: 'fewer than (under)',
  range: 'a range (between)',
};

/**
 * The words a qualifier puts before a figure as a reader says it: "over 1,000". Exact figures,
 * ranges and "fewer/less than" (which depends on the unit) are worded by hedgeWords in lib/text/format.
 */
export const QUALIFIER_HEDGES: Record<
  Exclude<Qualifier, 'exact' | 'range' | 'less_than'>,
  string
> = {
  at_least: 'at least',
  more_than: 'over',
  about: 'about',
  nearly: 'nearly',
  at_most: 'up to',
};

export const ATTRIBUTION_LABELS: Record<Attribution, string> = {
  direct: 'direct',
  reported: 'reported',
  unattributed: 'unattributed',
};

/** What each attribution means, for an editor choosing one. */
export const ATTRIBUTION_MEANINGS: Record<Attribution, string> = {
  direct: "the claimant's own publication",
  reported: 'the document says they said it',
  unattributed: 'no source named',
};

export const METRIC_KIND_LABELS: Record<MetricKind, string> = {
  cumulative: 'cumulative',
  count: 'count',
};

/** What each kind of metric means, for an editor choosing one. */
export const METRIC_KIND_MEANINGS: Record<MetricKind, string> = {
  cumulative: 'a running total that must not fall',
  count: 'one bounded event',
};

/** A source's kind in running text ("the UN agency"); capitalise it to head a line. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  monitor: 'monitor',
  government: 'government',
  ministry: 'ministry',
  armed_group: 'armed group',
  un_agency: 'UN agency',
  ngo: 'NGO',
  media: 'news outlet',
  official: 'official',
  other: 'other source',
};

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  active: 'active',
  retracted: 'retracted',
  merged: 'merged into another claim',
};

/** What a revision of a claim did, as its history heads it. */
export const REVISION_ACTION_LABELS: Record<RevisionAction, string> = {
  create: 'Created',
  edit: 'Edited',
  retract: 'Retracted',
  appearance: 'Found in another document',
  merge: 'Merged',
  alias: 'Another name added',
};

/** Why a draft of /editor/extract needs a closer look. */
export const DRAFT_FLAG_LABELS: Record<DraftFlag, string> = {
  percent: 'percent',
  claimant_from_context: 'claimant from context',
  no_date: 'no date',
  earlier_figure: 'earlier figure',
};

/** A label at the head of a line: "monitor" → "Monitor"; "UN agency" and "NGO" keep their capitals. */
export function capitalised(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}
