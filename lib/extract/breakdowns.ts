import type { Outcome } from './types';

/** What linking a figure to its total needs to know about it. */
export type Linkable = {
  sentence: number;
  sentenceText: string;
  start: number;
  end: number;
  value: number;
  /** The highest the figure can be: its value, its range's high end, or Infinity for "over". */
  upper: number;
  unit: string;
  outcome: Outcome | null;
  isOutcomeLocal: boolean;
  isPercent: boolean;
  isEarlier: boolean;
  /** "230 were children": a figure that only makes sense as part of a total. */
  isPredicate: boolean;
};

export type Links = {
  partOf: (number | null)[];
  isComplete: (boolean | null)[];
  /** The outcome a part takes from "among the dead" or "of the dead", whatever its own words say. */
  outcome: (Outcome | null)[];
};

const INLINE =
  /\b(?:including|among them|among whom|of whom|of which|of them|comprising|consisting of|made up of)\b|[:—(]/i;
const COMPLETE = /\b(?:comprising|consisting of|made up of)\b/i;
const LEAD =
  /^\s*(?:of (?:these|them|those|the dead|the victims|the \w+)\b|among (?:the|those) (?:dead|killed|martyrs|victims|injured|wounded|fatalities)|(?:they|the dead|the victims|those killed|the toll|the figure|this) includ(?:e|es|ed)\b)/i;
const AMONG =
  /^[^.]{0,60}?\b(?:among|of) (?:the|those) (dead|killed|martyrs|victims|fatalities|injured|wounded)\b/i;
const OF_THEM = /^\s+of (?:them|whom)\b/i;

/** Whether a figure of a later sentence is a part, and the outcome its marker gives it. */
function partMarker(
  item: Linkable,
  next: Linkable | undefined,
): { isPart: boolean; outcome: Outcome | null } {
  const after = item.sentenceText.slice(
    item.end,
    next?.sentence === item.sentence ? next.start : undefined,
  );
  const isLed = LEAD.test(item.sentenceText);
  const among = (AMONG.exec(after) ??
    (isLed ? AMONG.exec(item.sentenceText) : null))?.[1].toLowerCase();
  const outcome: Outcome | null = among
    ? /injured|wounded/.test(among)
      ? 'injured'
      : 'killed'
    : null;
  const isPart = isLed || among !== undefined || OF_THEM.test(after) || item.isPredicate;
  return { isPart, outcome };
}

const fitsIn = (part: Linkable, total: Linkable): boolean =>
  part.unit === total.unit &&
  !part.isPercent &&
  !total.isPercent &&
  !part.isEarlier &&
  part.value <= total.upper &&
  (!part.isOutcomeLocal ||
    part.outcome === null ||
    total.outcome === null ||
    part.outcome === total.outcome);

/**
 * Links figures that break down a total to it: those after "including", "of whom" or a colon in
 * the same sentence, and those of a later sentence opening "Of these" or saying "among the dead".
 * Parts are partial unless the text says they make up the whole ("comprising").
 */
export function linkParts(items: readonly Linkable[]): Links {
  const partOf: (number | null)[] = items.map(() => null);
  const isComplete: (boolean | null)[] = items.map(() => null);
  const outcomes: (Outcome | null)[] = items.map(() => null);
  const link = (part: number, total: number, complete: boolean) => {
    partOf[part] = total;
    isComplete[total] = (isComplete[total] ?? true) && complete;
  };
  for (let total = 0; total < items.length; total++) {
    const next = items[total + 1];
    if (partOf[total] !== null || !next || next.sentence !== items[total].sentence) continue;
    const gap = items[total].sentenceText.slice(items[total].end, next.start);
    if (!INLINE.test(gap)) continue;
    for (
      let part = total + 1;
      part < items.length && items[part].sentence === items[total].sentence;
      part++
    ) {
      if (!fitsIn(items[part], items[total])) break;
      link(part, total, COMPLETE.test(gap));
    }
  }
  for (let part = 0; part < items.length; part++) {
    const marker = partMarker(items[part], items[part + 1]);
    if (partOf[part] !== null || !marker.isPart) continue;
    const item = marker.outcome ? { ...items[part], outcome: marker.outcome } : items[part];
    for (let total = part - 1; total >= 0; total--) {
      const candidate = items[total];
      const isSameOutcome = marker.outcome === null || candidate.outcome === marker.outcome;
      if (partOf[total] !== null || !isSameOutcome) continue;
      if (candidate.value >= item.value && fitsIn(item, candidate)) {
        link(part, total, false);
        outcomes[part] = marker.outcome;
        break;
      }
    }
  }
  return { partOf, isComplete, outcome: outcomes };
}
