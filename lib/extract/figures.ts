import type { Qualifier } from '@/db/enums';
import { qualifierFromWords } from '@/lib/claims/rules/qualifier';
import { readCounted, readPredicate } from './counted';
import { OUTCOME_TEST, PEOPLE } from './lexicon';
import { countableNumbers } from './not-figures';
import { findNumbers } from './numbers';
import { type Unit, unitsOf } from './ranges';
import { isOutcomeNext, readOutcome } from './outcome';
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
// Verbs that say a figure was passed: the number is a lower bound, never reached exactly.
const PASSED = /\b(?:exceeded|exceeds|surpassed|surpasses|topped|tops|passed|crossed)\s*$/i;
// "…were wounded in the Strip, and about 2,050 in the West Bank": a figure that leaves out what
// it counts because the figure before it said so.
const ELLIPSIS = /(?:,|\band|\bwith|\bwhile|\bwhereas)\s*$/i;
const ELLIPSIS_AFTER = /^\s*(?:[,.;)]|$|(?:in|on|at|across|from|inside|outside)\b|\p{L}+ing\b)/u;
const PERCENT = /^\s*(?:%|per\s*cent\b|percent\b)/i;
const GOVERNING =
  /\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)|displac(?:ed|ing|es)|detain(?:ed|ing|s)?|arrest(?:ed|ing|s)?|abduct(?:ed|ing|s)?|(?:lives|bodies|deaths) of|leaving|left)\s*$/i;
const TOLL =
  /\b(?:toll|tally|total|number of (?:the )?(?:dead|deaths|people killed|fatalities|casualties|victims|injured|wounded|displaced|missing|detainees)|casualties|fatalities|death count)\b.*\b(?:to|at|of|reached|hit|passed|exceeded|surpassed|topped|is|was|now|by)\s*$/i;
const LABEL = /^\s*([\p{L}][\p{L} ]{0,40}?)\s*[:–—-]\s*$/u;

/**
 * The text before a number without the hedge that ends it ("rose to over" → "rose to"). The hedge
 * is as long as the last word that changes what qualifierFromWords reads: "no more than" is three
 * words, while "wounded some" reads the same as "some".
 */
function withoutHedge(before: string): string {
  const words = before.trimEnd().split(/\s+/);
  let length = 0;
  let previous = null;
  for (let n = 1; n <= Math.min(4, words.length); n++) {
    const reading = qualifierFromWords(words.slice(-n).join(' '));
    if (reading !== null && reading !== previous) length = n;
    previous = reading;
  }
  return words.slice(0, words.length - length).join(' ');
}

/** Whether the words before a number govern it as a casualty count: "killed 45", "toll rose to 45". */
function isGoverned(sentence: string, unit: Unit, previousEnd: number): boolean {
  const before = withoutHedge(sentence.slice(0, unit.start));
  const local = withoutHedge(sentence.slice(previousEnd, unit.start));
  const [, label] = LABEL.exec(local) ?? [];
  return (
    GOVERNING.test(before) ||
    TOLL.test(before) ||
    (label !== undefined &&
      (OUTCOME_TEST.test(label) ||
        label
          .toLowerCase()
          .split(' ')
          .some((w) => PEOPLE.has(w))))
  );
}

/** The share a percentage is of, when it is a share of people: "of those killed", "of the population". */
function shareOf(after: string): string | null {
  const [, article = '', whole] =
    /^\s+of\s+((?:the|those|all)\s+)?([\p{L}'’ -]+?)(?=\s+(?:are|were|was|is|have|has|had)\b|[,.;]|$)/u.exec(
      after,
    ) ?? [];
  if (whole === undefined) return null;
  const words = whole.toLowerCase().split(/\s+/);
  const isPeople = words.some((w) => PEOPLE.has(w)) || OUTCOME_TEST.test(whole);
  return isPeople ? `${article}${whole}` : null;
}

/** The casualty figures of one sentence, with what they count; other numbers are left out. */
export function readFigures(sentence: string): Figure[] {
  const units = unitsOf(sentence, countableNumbers(sentence, findNumbers(sentence)));
  const figures: Figure[] = [];
  for (const [index, unit] of units.entries()) {
    const previousEnd = units[index - 1]?.end ?? 0;
    const nextStart = units[index + 1]?.start ?? sentence.length;
    let after = sentence.slice(unit.end);
    const hedge = AFTER_HEDGES.find(([pattern]) => pattern.test(after));
    if (hedge) after = after.replace(hedge[0], '');
    const percent = PERCENT.exec(after);
    const phraseStart = sentence.length - after.length + (percent?.[0].length ?? 0);
    const rest = sentence.slice(phraseStart);
    const lead = sentence.slice(0, unit.start);
    const passed = PASSED.test(lead) ? 'more_than' : null;
    const qualifier = unit.isRange
      ? 'range'
      : (qualifierFromWords(lead) ?? passed ?? hedge?.[1] ?? 'exact');
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
      phraseEnd = phraseStart + (/^\s+of\s+[^,.;]*/.exec(rest)?.[0].length ?? 0);
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
      } else if (isGoverned(sentence, unit, previousEnd) || isOutcomeNext(rest) || isElliptic) {
        counted = unit.isEarlier ? null : previous;
      } else if (unit.isEarlier) {
        counted = previous;
      }
    }
    if (counted === null) continue;
    const reading = headOutcome
      ? { outcome: headOutcome, isLocal: true }
      : readOutcome(sentence, { start: unit.start, phraseEnd }, previousEnd, nextStart);
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
