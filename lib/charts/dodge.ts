/** A mark as drawn, in pixels: the day it stands on and how far it reaches up and down. */
export type MarkSpan = { day: string; top: number; bottom: number };

/** Sideways distance between the centres of marks moved apart: about a mark's width. */
export const DODGE_GAP = 10;

/**
 * How far to move each mark sideways (in pixels, in the order given) so that marks of the same
 * day that would cover each other stand side by side. Marks of one day whose spans overlap, even
 * through a third, form a group; a group of n is spread `gap` apart around the day's position,
 * in the order the marks were given (series order), so the same data always draws the same way.
 * A mark that overlaps nothing stays where it is: its date is exact.
 */
export function dodgeOffsets(marks: readonly MarkSpan[], gap = DODGE_GAP): number[] {
  const offsets: number[] = marks.map(() => 0);
  const byDay = new Map<string, { index: number; mark: MarkSpan }[]>();
  marks.forEach((mark, index) =>
    byDay.set(mark.day, [...(byDay.get(mark.day) ?? []), { index, mark }]),
  );
  for (const day of byDay.values()) {
    // Top to bottom, a mark joins the group above it while it starts before that group ends.
    const groups: number[][] = [];
    let groupBottom = Number.NEGATIVE_INFINITY;
    for (const { index, mark } of day.sort((a, b) => a.mark.top - b.mark.top)) {
      const group = groups.at(-1);
      if (group && mark.top < groupBottom) {
        group.push(index);
        groupBottom = Math.max(groupBottom, mark.bottom);
      } else {
        groups.push([index]);
        groupBottom = mark.bottom;
      }
    }
    for (const group of groups.filter((g) => g.length > 1)) {
      group
        .sort((a, b) => a - b)
        .forEach((index, place) => {
          offsets[index] = (place - (group.length - 1) / 2) * gap;
        });
    }
  }
  return offsets;
}
