import { TEXT_LIMIT } from '@/lib/claims/input/claim-input';
import { type SentenceDates, periodStartFor } from './dates';
import type { Figure } from './figures';
import type { Claimant } from './resolve';
import { lowerBound } from './scan';
import { DRAFT_FLAGS, type Draft, type DraftFlag } from './types';

export type DraftDates = {
  as_of: string | null;
  stated_on: string | null;
  period_start: string | null;
  period_end: string | null;
  notes: string[];
  /** Whether the sentence itself dates the figure, rather than the publication date alone. */
  isOwn: boolean;
};

/** A figure as found, with its sentence and what was read around it. */
export type Found = {
  sentence: number;
  sentenceText: string;
  /** Where the sentence starts in the text. */
  offset: number;
  isHeadline: boolean;
  figure: Figure;
  claimant: Claimant | null;
  isClaimantFromContext: boolean;
  dates: DraftDates;
  upper: number;
};

// "…, while 12,000 fled": a clause of its own, which "since Sunday" before it does not reach.
const CLAUSE_BREAK = /;\s|,\s+(?:while|whereas|but)\s/g;

/** Where the clauses of a sentence break, for draftDates: found once per sentence. */
export function clauseBreaks(sentence: string): number[] {
  return [...sentence.matchAll(CLAUSE_BREAK)].map((m) => m.index);
}

/**
 * As many of the notes, in order, as fit in a claim's notes (TEXT_LIMIT) once joined: a sentence
 * that resolves a relative day a thousand times would otherwise give each of its figures all of
 * them, a draft list quadratic in the sentence (and none of those drafts could be saved).
 */
function notesThatFit(notes: readonly string[]): string[] {
  const kept: string[] = [];
  let length = -1;
  for (const note of notes) {
    length += note.length + 1;
    if (length > TEXT_LIMIT) break;
    kept.push(note);
  }
  return kept;
}

/**
 * The dates of one figure from what its sentence (and a paragraph's lead-in line ending in a
 * colon) says: "as of", a period between two days, the day of the event or of the statement,
 * "since" and a period length within its clause; the publication date otherwise.
 */
export function draftDates(
  sentence: string,
  figure: Figure,
  dates: SentenceDates,
  leadIn: SentenceDates | null,
  published: string | undefined,
  breaks: readonly number[] = clauseBreaks(sentence),
): DraftDates {
  const clauseStart = breaks[lowerBound(breaks, figure.start, (b) => b) - 1] ?? 0;
  const clauseEnd = breaks[lowerBound(breaks, figure.start + 1, (b) => b)] ?? sentence.length;
  // The first span (of spans in the order of the sentence) that starts in the figure's clause.
  const inClause = <T extends { start: number }>(spans: readonly T[]): T | undefined => {
    const first = spans[lowerBound(spans, clauseStart, (span) => span.start)];
    return first && first.start < clauseEnd ? first : undefined;
  };
  const since = inClause(dates.since) ?? leadIn?.since[0];
  const length = inClause(dates.lengths);
  const between = dates.between ?? leadIn?.between;
  const asOf =
    dates.asOf ??
    between?.end ??
    dates.eventDay ??
    dates.statedOn ??
    leadIn?.asOf ??
    published ??
    null;
  let periodStart =
    between?.start ?? since?.day ?? (length && asOf ? periodStartFor(asOf, length.days) : null);
  let periodEnd = between?.end ?? (periodStart ? asOf : null);
  if (periodStart && periodEnd && periodStart > periodEnd) [periodStart, periodEnd] = [null, null];
  const notes = notesThatFit([
    ...notesThatFit(dates.notes),
    ...(length && periodStart
      ? [
          `Period of ${length.days} ${length.days === 1 ? 'day' : 'days'} to ${asOf}, from "${length.text}".`,
        ]
      : []),
  ]);
  return {
    as_of: asOf,
    stated_on: dates.statedOn ?? published ?? null,
    period_start: periodStart,
    period_end: periodEnd,
    notes,
    isOwn: Boolean(dates.asOf || between || dates.eventDay || dates.statedOn || since || length),
  };
}

/** The verbatim sentence, or the part of it around the figure that fits a quote's limit. */
function quoteOf(sentence: string, figure: Figure): string {
  if (sentence.length <= TEXT_LIMIT) return sentence;
  const from = Math.max(0, Math.min(figure.start - TEXT_LIMIT / 2, sentence.length - TEXT_LIMIT));
  return sentence.slice(from, from + TEXT_LIMIT);
}

export function toDraft(found: Found, partOf: number | null, partsComplete: boolean | null): Draft {
  const { figure, claimant, dates } = found;
  const flags = new Set<DraftFlag>();
  if (figure.isPercent) flags.add('percent');
  if (found.isClaimantFromContext) flags.add('claimant_from_context');
  if (dates.as_of === null) flags.add('no_date');
  if (figure.isEarlier) flags.add('earlier_figure');
  return {
    value: figure.value,
    qualifier: figure.qualifier,
    low: figure.low,
    high: figure.high,
    as_of: dates.as_of,
    period_start: dates.period_start,
    period_end: dates.period_end,
    claimant: claimant?.claimant ?? null,
    claimant_kind: claimant?.kind ?? null,
    claimant_description: claimant?.description ?? null,
    via: claimant?.via ?? null,
    attribution: claimant?.attribution ?? 'unattributed',
    stated_on: dates.stated_on,
    quote: quoteOf(found.sentenceText, figure),
    notes: dates.notes.length > 0 ? dates.notes.join(' ') : null,
    counted: figure.counted,
    outcome: figure.outcome ?? 'other',
    unit: figure.unit,
    flags: DRAFT_FLAGS.filter((flag) => flags.has(flag)),
    part_of: partOf,
    parts_complete: partsComplete,
    start: found.offset + figure.start,
    end: found.offset + figure.end,
  };
}
