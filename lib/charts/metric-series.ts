import type { Qualifier, SourceKind } from '@/db/schema';
import { formatDay, qualifiedValueInWords } from '@/lib/text/format';
import { type Interval, figureInterval, hasOwnBounds } from '@/lib/claims/rules/intervals';
import { downsampleSeries, seriesCap } from './downsample';
import { type ValueAxis, valueAxis } from './value-axis';

/** One active claim as the chart reads it: lean, because a metric may hold 10,000 of them. */
export type ChartClaim = {
  id: number;
  asOf: string;
  value: number;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  claimantSlug: string | null;
  claimantName: string | null;
  claimantKind: SourceKind | null;
  isFlagged: boolean;
};

/**
 * A point as it travels to the browser: only what the mark needs and the browser cannot work out,
 * since a chart may send 3,000 of them. plotPoint works out the rest; the citation card loads the
 * claim's source when it opens.
 */
export type ChartPoint = {
  claimId: number;
  asOf: string;
  value: number;
  qualifier: Qualifier;
  /** The interval's bounds, only where they say more than the qualifier (a range, given bounds). */
  bounds?: [number | null, number | null];
  isFlagged: boolean;
};

/** A point as the chart draws it: the figure with its interval, words and accessible name. */
export type PlotPoint = ChartPoint &
  Interval & {
    /** as_of as milliseconds, for a real time axis. */
    x: number;
    /** The figure in words ("over 1,000"). */
    valueInWords: string;
    /** The point's accessible name: "over 1,000 — Syrian Observatory for Human Rights, 9 Mar 2025". */
    label: string;
  };

export type ChartSeries<P extends ChartPoint = ChartPoint> = {
  /** `source:<slug>`, or `unattributed` for figures nobody is named for. */
  id: string;
  label: string;
  claimantKind: SourceKind | null;
  isUnattributed: boolean;
  /** A CSS colour, from the variables in globals.css. */
  color: string;
  points: P[];
  /** How many active claims the series has before downsampling. */
  total: number;
};

export type PlotSeries = ChartSeries<PlotPoint>;

// As many as globals.css defines (--series-1 to --series-6): a seventh would name no colour.
const PALETTE_SIZE = 6;
const UNATTRIBUTED = 'no source named';

/** Days are read as UTC midnight, so no time zone moves a point to a neighbouring day. */
export const dayToMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/** The interval a point means, from its qualifier and any bounds it carries. */
export function pointInterval(point: Pick<ChartPoint, 'qualifier' | 'value' | 'bounds'>): Interval {
  const [low, high] = point.bounds ?? [];
  return figureInterval({ qualifier: point.qualifier, value: point.value, low, high });
}

function toPoint(claim: ChartClaim): ChartPoint {
  const stored = figureInterval(claim);
  return {
    claimId: claim.id,
    asOf: claim.asOf,
    value: claim.value,
    qualifier: claim.qualifier,
    ...(hasOwnBounds(claim) ? { bounds: [stored.low, stored.high] } : {}),
    isFlagged: claim.isFlagged,
  };
}

/** Works out in the browser what a point does not carry: its interval, x, words and name. */
export function plotSeries(series: ChartSeries, unit: string): PlotSeries {
  return {
    ...series,
    points: series.points.map((point) => {
      const interval = pointInterval(point);
      const valueInWords = qualifiedValueInWords({ ...point, high: interval.high, unit });
      return {
        ...point,
        ...interval,
        x: dayToMs(point.asOf),
        valueInWords,
        label: `${valueInWords} — ${series.label}, ${formatDay(point.asOf)}`,
      };
    }),
  };
}

/**
 * Groups a metric's claims (in as_of order) into one series per claimant, unattributed figures in
 * a series of their own, and downsamples each so the chart stays within its point budget.
 */
export function buildMetricSeries(claims: readonly ChartClaim[]): ChartSeries[] {
  const groups = new Map<string, ChartClaim[]>();
  for (const claim of claims) {
    const id = claim.claimantSlug ? `source:${claim.claimantSlug}` : 'unattributed';
    groups.set(id, [...(groups.get(id) ?? []), claim]);
  }
  const cap = seriesCap(groups.size);
  // Named claimants first, by how many figures they gave; the unattributed series last.
  const ordered = [...groups.entries()].sort(
    ([a, aClaims], [b, bClaims]) =>
      Number(a === 'unattributed') - Number(b === 'unattributed') ||
      bClaims.length - aClaims.length,
  );
  return ordered.flatMap(([id, group], index) => {
    const [first] = group;
    if (!first) return [];
    const isUnattributed = id === 'unattributed';
    const kept = downsampleSeries(
      group,
      cap,
      (c) => c.value,
      (c) => c.isFlagged,
    );
    const series: ChartSeries = {
      id,
      label: first.claimantName ?? UNATTRIBUTED,
      claimantKind: first.claimantKind,
      isUnattributed,
      color: isUnattributed
        ? 'var(--series-unattributed)'
        : `var(--series-${(index % PALETTE_SIZE) + 1})`,
      points: kept.map(toPoint),
      total: group.length,
    };
    return [series];
  });
}

/**
 * The value axis of a metric's chart (see valueAxis): a running total whose figures are close
 * together starts near them, anything else from zero.
 */
export function metricValueAxis(series: readonly ChartSeries[], isCumulative: boolean): ValueAxis {
  const figures = series.flatMap((s) =>
    s.points.map((point) => ({ value: point.value, ...pointInterval(point) })),
  );
  return valueAxis(figures, isCumulative);
}

const DAY = 86_400_000;

/** The x range of the points, padded so a lone date or the edge points are not cut in half. */
export function timeDomain(series: readonly ChartSeries[]): [number, number] {
  const xs = series.flatMap((s) => s.points.map((p) => dayToMs(p.asOf)));
  if (xs.length === 0) return [0, DAY];
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const pad = Math.max(DAY, (max - min) * 0.03);
  return [min - pad, max + pad];
}
