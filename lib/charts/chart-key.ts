import { QUALIFIERS } from '@/db/enums';
import { HEDGE_READINGS } from '@/lib/claims/rules/readings';
import { type ChartSeries, pointInterval } from './metric-series';
import type { ValueAxis } from './value-axis';

/**
 * The key's note on Tally's reading, for the hedges the chart draws by Tally's convention (as
 * HEDGE_READINGS lists them): "Bars and ceilings are Tally’s reading: “about” is within 10%
 * either way". A figure whose bounds an editor typed is drawn from those bounds, not from the
 * convention, and is said to be. Null when every mark means what its words say.
 */
export function keyReading(series: readonly ChartSeries[]): string | null {
  const points = series.flatMap((s) => s.points);
  const drawn = new Set(points.filter((p) => !p.bounds).map((p) => p.qualifier));
  const parts = QUALIFIERS.flatMap((qualifier) => {
    const reading = drawn.has(qualifier) ? HEDGE_READINGS[qualifier] : undefined;
    return reading ? [`“${reading.words}” is ${reading.meaning}`] : [];
  });
  if (points.some((p) => p.bounds && p.qualifier !== 'range'))
    parts.push('some bars are bounds an editor of Tally typed, not given in the quote');
  return parts.length > 0 ? `Bars and ceilings are Tally’s reading: ${parts.join('; ')}` : null;
}

/**
 * Whether the plot's edge cuts any interval bar: a bounded end beyond the value axis, which only
 * an axis that starts near the figures leaves (see valueAxis). Such a bar is drawn broken at the
 * edge, and the chart says what that means.
 */
export function cutsBars(series: readonly ChartSeries[], axis: ValueAxis): boolean {
  const [bottom, top] = axis.domain;
  return series.some((s) =>
    s.points.some((point) => {
      const { low, high } = pointInterval(point);
      // A bar with no lower bound is drawn from zero, as the marks draw it.
      return (low ?? 0) < bottom || (high !== null && high > top);
    }),
  );
}
