import type { Attribution, Qualifier, SourceKind } from '@/db/enums';

/** What happened to the people a figure counts; `other` when the text says neither. */
export const OUTCOMES = ['killed', 'injured', 'missing', 'displaced', 'detained', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Why a draft needs a closer look: a share rather than a count, a claimant carried over from an
 * earlier sentence, a date that could not be resolved, or the starting point of a change.
 */
export const DRAFT_FLAGS = [
  'percent',
  'claimant_from_context',
  'no_date',
  'earlier_figure',
] as const;
export type DraftFlag = (typeof DRAFT_FLAGS)[number];

/**
 * A claim the extractor proposes: the CSV columns of DESIGN.md that a text can give, plus what is
 * counted, the outcome, the unit, flags, the index of the total it is a part of, and where the
 * number sits in the text (UTF-16 offsets, as JavaScript strings index).
 */
export type Draft = {
  value: number;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  as_of: string | null;
  period_start: string | null;
  period_end: string | null;
  claimant: string | null;
  claimant_kind: SourceKind | null;
  claimant_description: string | null;
  via: string | null;
  attribution: Attribution;
  stated_on: string | null;
  quote: string;
  notes: string | null;
  counted: string;
  outcome: Outcome;
  unit: string;
  flags: DraftFlag[];
  part_of: number | null;
  /** For a total with parts: whether the text says the parts are all of it. */
  parts_complete: boolean | null;
  start: number;
  end: number;
};

export type ExtractOptions = {
  /** The day the text was published, YYYY-MM-DD: relative days ("on Sunday") resolve against it. */
  published?: string;
  /** Who wrote the text: the claimant of its own, unattributed statements. */
  publisher?: string;
  /** Give up, with a message and no drafts, on a text not read in this many milliseconds. */
  timeLimitMs?: number;
};

/** The drafts, or none with a message saying why. */
export type ExtractResult = { drafts: Draft[]; message?: string };
