import type { Figure } from './figures';
import type { Outcome } from './types';

/** What linking a figure to its total needs to know about it. */
export type Linkable = Pick<
  Figure,
  | 'start'
  | 'end'
  | 'value'
  | 'unit'
  | 'outcome'
  | 'isOutcomeLocal'
  | 'isPercent'
  | 'isEarlier'
  | 'isPredicate'
> & {
  sentence: number;
  sentenceText: string;
  /** The highest the figure can be: its value, its range's high end, or Infinity for "over". */
  upper: number;
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
    (isLed ? AMONG.exec(item.sentenceText) : null))?.[1]?.toLowerCase();
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
  items.forEach((total, t) => {
    const next = items[t + 1];
    if (partOf[t] !== null || !next || next.sentence !== total.sentence) return;
    const gap = total.sentenceText.slice(total.end, next.start);
    if (!INLINE.test(gap)) return;
    for (const [p, part] of items.entries()) {
      if (p <= t) continue;
      if (part.sentence !== total.sentence || !fitsIn(part, total)) break;
      link(p, t, COMPLETE.test(gap));
    }
  });
  items.forEach((current, p) => {
    const marker = partMarker(current, items[p + 1]);
    if (partOf[p] !== null || !marker.isPart) return;
    const item = marker.outcome ? { ...current, outcome: marker.outcome } : current;
    // The nearest figure before it that can hold it is its total.
    for (const [t, candidate] of [...items.entries()].slice(0, p).reverse()) {
      const isSameOutcome = marker.outcome === null || candidate.outcome === marker.outcome;
      if (partOf[t] !== null || !isSameOutcome) continue;
      if (candidate.value >= item.value && fitsIn(item, candidate)) {
        link(p, t, false);
        outcomes[p] = marker.outcome;
        break;
      }
    }
  });
  return { partOf, isComplete, outcome: outcomes };
}
