/** At most this many points of one series reach the browser. */
export const SERIES_POINT_CAP = 1500;
/** At most this many points of one chart reach the browser, across its series. */
export const CHART_POINT_CAP = 3000;

/**
 * Picks at most `cap` points of a series in order, always keeping its first, last, minimum and
 * maximum points, then its flagged points (at most half the cap, evenly spread when there are
 * more), then evenly spaced points for the shape in between: a series flagged throughout must
 * still show its whole course.
 */
export function downsampleSeries<T>(
  points: readonly T[],
  cap: number,
  valueOf: (point: T) => number,
  isFlagged: (point: T) => boolean = () => false,
): T[] {
  if (points.length <= cap) return [...points];
  const kept = new Set<number>();
  const keep = (index: number | undefined) => {
    if (index !== undefined && kept.size < cap) kept.add(index);
  };

  // The first point holding the lowest and the highest value.
  let min = { index: 0, value: Number.POSITIVE_INFINITY };
  let max = { index: 0, value: Number.NEGATIVE_INFINITY };
  points.forEach((point, index) => {
    const value = valueOf(point);
    if (value < min.value) min = { index, value };
    if (value > max.value) max = { index, value };
  });
  [0, points.length - 1, min.index, max.index].forEach(keep);
  const flagged = points.flatMap((point, index) => (isFlagged(point) ? [index] : []));
  const flagRoom = Math.floor(cap / 2);
  const flagStep = Math.max(1, flagged.length / flagRoom);
  for (let n = 0; n < Math.min(flagged.length, flagRoom); n++)
    keep(flagged[Math.floor(n * flagStep)]);

  const room = cap - kept.size;
  if (room > 0) {
    const step = points.length / room;
    for (let slot = 0; slot < room; slot++) keep(Math.floor(slot * step + step / 2));
  }
  // Evenly spaced slots can land on points already kept; fill what is left from the start.
  for (let index = 0; kept.size < cap && index < points.length; index++) keep(index);
  return points.filter((_, index) => kept.has(index));
}

/** The per-series cap when several series share one chart's budget. */
export function seriesCap(seriesCount: number): number {
  return Math.min(SERIES_POINT_CAP, Math.floor(CHART_POINT_CAP / Math.max(1, seriesCount)));
}
