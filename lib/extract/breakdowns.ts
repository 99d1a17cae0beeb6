import type { Figure } from './figures';
import { OUTCOMES, type Outcome } from './types';

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
 * The totals a part can still be linked to, nearest first: for each unit and outcome, a stack of
 * the figures before it that are no part themselves, each with the least of its value and its
 * upper bound, kept so that a figure no later one can beat is dropped. Finding the nearest total
 * that holds a part is then a binary search, not a walk back through every figure before it.
 */
class Totals {
  private readonly stacks = new Map<string, { index: number; room: number }[]>();

  add(index: number, item: Linkable): void {
    if (item.isPercent) return;
    const key = `${item.unit}|${item.outcome}`;
    const stack = this.stacks.get(key) ?? [];
    const room = Math.min(item.value, item.upper);
    // A figure before this one with no more room can hold nothing that this one cannot, and is
    // further away.
    while (stack.length > 0 && (stack.at(-1)?.room ?? Infinity) <= room) stack.pop();
    stack.push({ index, room });
    this.stacks.set(key, stack);
  }

  /** The nearest figure of `unit` with one of `outcomes` and room for `value`, or null. */
  nearest(unit: string, outcomes: readonly (Outcome | null)[], value: number): number | null {
    let best: number | null = null;
    for (const outcome of outcomes) {
      const stack = this.stacks.get(`${unit}|${outcome}`) ?? [];
      // Rooms fall from the bottom of the stack to its top: the last with enough is the nearest.
      let low = 0;
      let high = stack.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((stack[middle]?.room ?? -Infinity) >= value) low = middle + 1;
        else high = middle;
      }
      const found = stack[low - 1];
      if (found && (best === null || found.index > best)) best = found.index;
    }
    return best;
  }
}

const ALL_OUTCOMES: readonly (Outcome | null)[] = [...OUTCOMES, null];

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
    const complete = COMPLETE.test(gap);
    for (let p = t + 1; p < items.length; p++) {
      const part = items[p] as Linkable;
      if (part.sentence !== total.sentence || !fitsIn(part, total)) break;
      link(p, t, complete);
    }
  });
  const totals = new Totals();
  items.forEach((current, p) => {
    const marker = partMarker(current, items[p + 1]);
    if (partOf[p] === null && marker.isPart) {
      const item = marker.outcome ? { ...current, outcome: marker.outcome } : current;
      // The nearest figure before it that can hold it is its total: no part itself, of the
      // marker's outcome if it names one, with room for it, and fitting it (fitsIn).
      const t = canBePart(item)
        ? totals.nearest(item.unit, totalOutcomes(item, marker), item.value)
        : null;
      if (t !== null) {
        link(p, t, false);
        outcomes[p] = marker.outcome;
      }
    }
    if (partOf[p] === null) totals.add(p, current);
  });
  return { partOf, isComplete, outcome: outcomes };
}

/** What fitsIn asks of a part alone. */
const canBePart = (part: Linkable): boolean => !part.isPercent && !part.isEarlier;

/** The outcomes a total may have to hold a part: the marker's, and one that fitsIn allows. */
function totalOutcomes(
  part: Linkable,
  marker: { outcome: Outcome | null },
): readonly (Outcome | null)[] {
  const allowed =
    !part.isOutcomeLocal || part.outcome === null ? ALL_OUTCOMES : [null, part.outcome];
  return marker.outcome === null ? allowed : allowed.filter((o) => o === marker.outcome);
}
