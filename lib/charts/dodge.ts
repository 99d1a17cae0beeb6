/**
 * A mark as drawn, in pixels: its centre across, how far it reaches up and down, and its series'
 * place in the chart's order.
 */
export type MarkSpan = { x: number; top: number; bottom: number; series: number };

export type DodgeOptions = {
  /** A mark's drawn width: marks whose centres are closer than this touch across. */
  width?: number;
  /** Sideways distance between neighbouring places in a group: about a mark's width. */
  gap?: number;
  /** The most a group is spread from its leftmost place to its rightmost. */
  maxSpread?: number;
  /** The plot's left and right edges: no mark is moved past them. */
  bounds?: [number, number];
};

/** A marker reaches 7 px either side of its point (a triangle's half width, with its stroke). */
export const MARK_WIDTH = 14;
export const DODGE_GAP = 10;
/** ±20 px: eight claimants at 10 px apart would reach ±35 px, a week off on a month's chart. */
export const MAX_SPREAD = 40;

type Group = { anchor: number; members: number[] };

const overlaps = (a: MarkSpan, b: MarkSpan): boolean => a.top < b.bottom && b.top < a.bottom;

/**
 * Marks that cover each other on screen: their drawn extents overlap across (centres closer than
 * `width`) and up and down, whatever their days (on a chart of years, one day is under a pixel).
 * Left to right, a mark joins every group it overlaps; a group takes marks only within `width` of
 * its first one, so a claimant reporting daily, whose marks all touch, does not chain the whole
 * chart into one group.
 */
function groupsOf(marks: readonly MarkSpan[], width: number): Group[] {
  const order = marks.map((_, i) => i).sort((a, b) => (marks[a]?.x ?? 0) - (marks[b]?.x ?? 0));
  const done: Group[] = [];
  let open: Group[] = [];
  for (const index of order) {
    const mark = marks[index];
    if (!mark) continue;
    done.push(...open.filter((g) => mark.x - g.anchor >= width));
    open = open.filter((g) => mark.x - g.anchor < width);
    const touched = open.filter((g) => g.members.some((m) => overlaps(mark, marks[m] ?? mark)));
    const [first] = touched;
    if (!first) {
      open.push({ anchor: mark.x, members: [index] });
      continue;
    }
    for (const other of touched.slice(1)) first.members.push(...other.members);
    first.members.push(index);
    open = open.filter((g) => g === first || !touched.includes(g));
  }
  return [...done, ...open];
}

/**
 * How far to move each mark sideways (in pixels, in the order given) so that marks that would
 * cover each other stand side by side. In a group, each series takes one place, in series order,
 * so the same data always draws the same way and a claimant's marks keep their side; two figures
 * of one series on one day take a place each. Places are `gap` apart, closer when the group is
 * large (`maxSpread`), and the group is moved back inside `bounds` as one. Each mark moves from
 * its own position; a mark that covers nothing stays there, since its date is exact.
 */
export function dodgeOffsets(marks: readonly MarkSpan[], options: DodgeOptions = {}): number[] {
  const { width = MARK_WIDTH, gap = DODGE_GAP, maxSpread = MAX_SPREAD, bounds } = options;
  const offsets: number[] = marks.map(() => 0);
  for (const { members } of groupsOf(marks, width)) {
    if (members.length < 2) continue;
    const placeOf = places(marks, members);
    const count = Math.max(...placeOf.values()) + 1;
    if (count < 2) continue;
    const step = Math.min(gap, maxSpread / (count - 1));
    for (const [index, place] of placeOf) offsets[index] = (place - (count - 1) / 2) * step;
    if (bounds) keepInside(marks, members, offsets, bounds);
  }
  return offsets;
}

/**
 * Each member's place in its group, from 0: one per series, in series order, and one more for
 * each further figure a series has on the very same spot (two figures of one day).
 */
function places(marks: readonly MarkSpan[], members: readonly number[]): Map<number, number> {
  const repeats = new Map<string, number>();
  const ranked = [...members]
    .sort((a, b) => a - b)
    .map((index) => {
      const { series = 0, x = 0 } = marks[index] ?? {};
      const repeat = repeats.get(`${series}@${x}`) ?? 0;
      repeats.set(`${series}@${x}`, repeat + 1);
      return { index, series, repeat };
    })
    .sort((a, b) => a.series - b.series || a.repeat - b.repeat);
  const placeOf = new Map<number, number>();
  ranked.forEach((mark, i) => {
    const before = ranked[i - 1];
    const isNew = !before || before.series !== mark.series || before.repeat !== mark.repeat;
    placeOf.set(mark.index, (before ? (placeOf.get(before.index) ?? 0) : -1) + (isNew ? 1 : 0));
  });
  return placeOf;
}

/** Shifts a group's offsets together so that no mark it moved ends past the plot's edges. */
function keepInside(
  marks: readonly MarkSpan[],
  members: readonly number[],
  offsets: number[],
  [left, right]: [number, number],
): void {
  const xs = members.map((i) => (marks[i]?.x ?? 0) + (offsets[i] ?? 0));
  const [least, most] = [Math.min(...xs), Math.max(...xs)];
  const shift = least < left ? left - least : most > right ? right - most : 0;
  for (const i of members) offsets[i] = (offsets[i] ?? 0) + shift;
}
