import type { Qualifier } from '@/db/enums';
import { readCounted, readPredicate } from './counted';
import { checkDeadline } from './deadline';
import { isGoverned, leadQualifier, tollWordEnd, withoutHedge } from './lead';
import { OUTCOME_TEST, PEOPLE } from './lexicon';
import { countableNumbers } from './not-figures';
import { findNumbers } from './numbers';
import { unitsOf } from './ranges';
import { isOutcomeNext, readOutcome } from './outcome';
import { SentenceIndex } from './sentence-index';
import type { Outcome } from './types';

/** A figure found in a sentence; offsets are into the sentence. */
export type Figure = {
  start: number;
  end: number;
  value: number;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  counted: string;
  unit: string;
  outcome: Outcome | null;
  /** Whether the outcome comes from the figure's own words rather than its sentence. */
  isOutcomeLocal: boolean;
  isPercent: boolean;
  /** The starting point of a change: "rose from 40 to 45". */
  isEarlier: boolean;
  /** "230 were children": a figure that only makes sense as part of a total. */
  isPredicate: boolean;
};

// Hedges written after the number, which DESIGN's table (all before it) does not cover.
const AFTER_HEDGES: [RegExp, Qualifier][] = [
  [/^\s*or more\b/i, 'at_least'],
  [/^\s*or so\b/i, 'about'],
  [/^(?:-plus\b|\+)/i, 'more_than'],
];
// "…were wounded in the Strip, and about 2,050 in the West Bank": a figure that leaves out what
// it counts because the figure before it said so.
const ELLIPSIS = /(?:,|\band|\bwith|\bwhile|\bwhereas)\s*$/i;
const ELLIPSIS_AFTER = /^\s*(?:[,.;)]|$|(?:in|on|at|across|from|inside|outside)\b|\p{L}+ing\b)/u;
const PERCENT = /^\s*(?:%|per\s*cent\b|percent\b)/i;
// The whole starts at a letter and ends before the spaces ahead of "are", "were"…: the lookbehind
// finds such spaces once for each run of them, not once for each space in it (quadratic in a run
// of spaces).
const SHARE_OF =
  /^\s+of\s+((?:the|those|all)\s+)?([\p{L}'’-][\p{L}'’ -]*?)(?=(?<!\s)\s+(?:are|were|was|is|have|has|had)\b|[,.;]|$)/u;
const OF = /^\s+of\s+/;

/** The share a percentage is of, when it is a share of people: "of those killed", "of the population". */
function shareOf(after: string): string | null {
  const [, article = '', whole] = SHARE_OF.exec(after) ?? [];
  if (whole === undefined) return null;
  const words = whole.toLowerCase().split(/\s+/);
  const isPeople = words.some((w) => PEOPLE.has(w)) || OUTCOME_TEST.test(whole);
  return isPeople ? `${article}${whole}` : null;
}

/** The casualty figures of one sentence, with what they count; other numbers are left out. */
export function readFigures(sentence: string): Figure[] {
  const units = unitsOf(sentence, countableNumbers(sentence, findNumbers(sentence)));
  const figures: Figure[] = [];
  const index = new SentenceIndex(sentence);
  const tollEnd = tollWordEnd(sentence);
  for (const [position, unit] of units.entries()) {
    checkDeadline();
    const previousEnd = units[position - 1]?.end ?? 0;
    const nextStart = units[position + 1]?.start ?? sentence.length;
    let after = sentence.slice(unit.end);
    const hedge = AFTER_HEDGES.find(([pattern]) => pattern.test(after));
    if (hedge) after = after.slice(hedge[0].exec(after)?.[0].length ?? 0);
    const percent = PERCENT.exec(after);
    const phraseStart = sentence.length - after.length + (percent?.[0].length ?? 0);
    const rest = sentence.slice(phraseStart);
    const lead = sentence.slice(0, unit.start);
    const qualifier = unit.isRange ? 'range' : (leadQualifier(lead) ?? hedge?.[1] ?? 'exact');
    const base = {
      start: unit.start,
      end: unit.end,
      value: unit.value,
      qualifier,
      low: unit.low,
      high: unit.high,
      isEarlier: unit.isEarlier,
    };

    let counted: string | null = null;
    let unitName = 'people';
    let headOutcome: Outcome | null = null;
    let phraseEnd = phraseStart;
    let isPredicate = false;
    if (percent) {
      counted = shareOf(rest);
      unitName = 'percent';
      // "of" and what follows up to the next stop: /^\s+of\s+[^,.;]*/, without reading to it.
      const of = OF.exec(rest);
      phraseEnd = of ? index.nextOf(',.;', phraseStart + of[0].length) : phraseStart;
    } else {
      const phrase = readCounted(rest);
      const predicate = phrase ? null : readPredicate(rest);
      const last = figures.at(-1);
      const previous = last && !last.isPredicate ? last.counted : 'people';
      const isElliptic =
        last !== undefined &&
        ELLIPSIS.test(withoutHedge(sentence.slice(previousEnd, unit.start))) &&
        ELLIPSIS_AFTER.test(rest);
      if (phrase) {
        counted = phrase.isBare ? previous : phrase.counted;
        unitName = phrase.unit;
        headOutcome = phrase.outcome;
        phraseEnd = phraseStart + phrase.length;
      } else if (predicate) {
        counted = predicate;
        isPredicate = true;
      } else if (
        isGoverned(sentence, unit.start, previousEnd, tollEnd) ||
        isOutcomeNext(rest) ||
        isElliptic
      ) {
        counted = unit.isEarlier ? null : previous;
      } else if (unit.isEarlier) {
        counted = previous;
      }
    }
    if (counted === null) continue;
    const reading = headOutcome
      ? { outcome: headOutcome, isLocal: true }
      : readOutcome(index, { start: unit.start, phraseEnd }, previousEnd, nextStart);
    if (reading.outcome === null && !isPredicate) continue;
    figures.push({
      ...base,
      counted,
      unit: unitName,
      outcome: reading.outcome,
      isOutcomeLocal: reading.isLocal,
      isPercent: Boolean(percent),
      isPredicate,
    });
  }
  return withEarlierCounted(figures);
}

/** "From 40 to 45 people": the earlier figure counts what the later one does. */
function withEarlierCounted(figures: Figure[]): Figure[] {
  return figures.map((figure, index) => {
    const next = figures[index + 1];
    return figure.isEarlier && next
      ? { ...figure, counted: next.counted, outcome: figure.outcome ?? next.outcome }
      : figure;
  });
}
