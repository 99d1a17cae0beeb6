import type { Qualifier } from '@/db/enums';
import { qualifiedValueInWords } from '@/lib/text/format';

/**
 * One figure of a sparkline: the day it is current to and its value, with its hedge only when it
 * has one (most figures are exact, and a card's sparkline carries up to 60 of them): `high` is
 * the top of a range.
 */
export type SparkPoint = {
  asOf: string;
  value: number;
  qualifier?: Exclude<Qualifier, 'exact'>;
  high?: number;
};

export type SparklineBox = { width: number; height: number; padding: number };

/**
 * What a card draws for its figures: a line through them (the <svg>'s viewBox, the polyline and
 * the newest point), or, for a single figure, that figure in words beside a dot. A lone dot in a
 * box reads as a stray mark, not as a figure.
 */
export type Sparkline =
  | { kind: 'line'; viewBox: string; points: string; last: { x: number; y: number } }
  | { kind: 'point'; text: string };

export const SPARKLINE_BOX: SparklineBox = { width: 120, height: 32, padding: 3 };

const DAY_MS = 86_400_000;

function dayNumber(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS;
}

// Two decimals are finer than a device pixel at this size and keep the markup short.
function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Places points (in any order) in a box: x by date, so uneven reporting gaps stay uneven, and y
 * scaled to the series' own range. A flat series sits on the middle line; a series on a single day
 * sits on the middle column. A single figure (or several of one day and value) is a point with
 * its value in words, hedge and all. Null when there is nothing to draw.
 */
export function sparklineGeometry(
  points: readonly SparkPoint[],
  { unit = 'people', box = SPARKLINE_BOX }: { unit?: string; box?: SparklineBox } = {},
): Sparkline | null {
  // Stable, so figures of the same day keep the order they were given in.
  const sorted = [...points].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
  const [first] = sorted;
  const last = sorted[sorted.length - 1];
  if (!first || !last) return null;
  const [firstDay, lastDay] = [dayNumber(first.asOf), dayNumber(last.asOf)];
  const values = sorted.map((p) => p.value);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  if (firstDay === lastDay && low === high)
    return { kind: 'point', text: qualifiedValueInWords({ qualifier: 'exact', ...last, unit }) };
  const scale = (n: number, min: number, max: number, size: number): number =>
    max === min ? size / 2 : box.padding + ((n - min) / (max - min)) * (size - 2 * box.padding);
  const place = (point: SparkPoint): { x: number; y: number } => ({
    x: round(scale(dayNumber(point.asOf), firstDay, lastDay, box.width)),
    // SVG's y grows downwards; a rising figure should rise.
    y: round(box.height - scale(point.value, low, high, box.height)),
  });
  return {
    kind: 'line',
    viewBox: `0 0 ${box.width} ${box.height}`,
    points: sorted
      .map(place)
      .map(({ x, y }) => `${x},${y}`)
      .join(' '),
    last: place(last),
  };
}
