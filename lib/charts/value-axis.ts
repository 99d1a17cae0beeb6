/** What one figure asks of the value axis: its value and the bounded ends of its interval. */
export type AxisFigure = { value: number; low: number | null; high: number | null };

export type ValueTick = { value: number; label: string };

export type ValueAxis = {
  domain: [number, number];
  /** Round steps from the bottom of the domain to its top, both included. */
  ticks: ValueTick[];
  /** Where the axis starts when that is not zero, which the chart must then say in words. */
  startsAt: number | null;
};

/**
 * A running total is drawn from near its figures, not from zero, when their spread is under this
 * share of the largest: from zero they would fill under a fifth of the plot (about 60 of 300 px)
 * and a change among them, such as a fall from 48,524 to 48,400, would be thinner than a line.
 * Counts of one event always start at zero: there the height of a figure is what is compared.
 */
export const CLOSE_SHARE = 0.2;
/** About this many steps between ticks; the plot is a fixed 360 px high. */
const TICK_STEPS = 5;
/** Room above the highest figure on an axis from zero, so its mark is not cut by the frame. */
const HEADROOM = 0.08;
/** Room on either side of the figures on an axis that starts near them, as a share of their span. */
const MARGIN = 0.1;
const ROUND_STEPS = [1, 2, 2.5, 5, 10];

// 0.1 × 3 is 0.30000000000000004 in floating point; a tick is a figure, not a residue.
const tidy = (n: number): number => Number(n.toPrecision(12));

/**
 * The smallest round step (1, 2, 2.5 or 5 × 10^n) at least `raw`. With `isWhole`, steps are whole
 * numbers: a tick at 2.5 people means nothing.
 */
export function roundStep(raw: number, isWhole = false): number {
  if (!(raw > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = tidy((ROUND_STEPS.find((s) => s * magnitude >= raw) ?? 10) * magnitude);
  if (!isWhole || Number.isInteger(step)) return step;
  return step < 1 ? 1 : Math.ceil(step / 5) * 5;
}

/** Every multiple of `step` from `from` to `to`, both ends included (they are multiples too). */
function stepsBetween(from: number, to: number, step: number): number[] {
  const count = Math.round((to - from) / step);
  return Array.from({ length: count + 1 }, (_, i) => tidy(from + i * step));
}

/** The fewest decimals that write `n` exactly (0.025 → 3), up to 12. */
function decimalsOf(n: number): number {
  let decimals = 0;
  while (decimals < 12 && !Number.isInteger(tidy(n * 10 ** decimals))) decimals += 1;
  return decimals;
}

const formats = new Map<number, Intl.NumberFormat>();

/**
 * `n` with thousands separators and as many decimals as it needs, up to `decimals`. formatNumber
 * stops at two, which would label 12.475 as "12.48" and 0.005 as "0.01" on a fine axis.
 */
function formatTo(n: number, decimals: number): string {
  let format = formats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: decimals });
    formats.set(decimals, format);
  }
  return format.format(n);
}

/**
 * The scales a tick may be shortened to. Each covers one thousandfold, so no label compounds two
 * ("1,495,000B"): past the last one the figure is written out in full. Below a million it always
 * is: "48,350" is as short as "48.35K" and needs no decoding.
 */
const SCALES: readonly [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
];

/**
 * Tick labels, the same style for the whole axis so they compare at a glance: figures with
 * thousands separators and the decimals the ticks need ("48,350", "12.475", "0.004"), or, from
 * the millions up, shortened ("1.25M") when every tick is exact that way.
 */
export function tickLabels(ticks: readonly number[]): string[] {
  const top = Math.max(0, ...ticks.map(Math.abs));
  const decimals = Math.max(0, ...ticks.map(decimalsOf));
  const scale = SCALES.find(([unit]) => top >= unit && top < unit * 1000);
  if (scale) {
    const [unit, suffix] = scale;
    const scaledDecimals = Math.max(0, ...ticks.map((t) => decimalsOf(t / unit)));
    if (scaledDecimals <= 2)
      return ticks.map((t) => (t === 0 ? '0' : `${formatTo(tidy(t / unit), 2)}${suffix}`));
  }
  return ticks.map((t) => formatTo(t, decimals));
}

function axisFrom(from: number, to: number, step: number): ValueAxis {
  const values = stepsBetween(from, to, step);
  const labels = tickLabels(values);
  return {
    domain: [from, to],
    ticks: values.map((value, i) => ({ value, label: labels[i] ?? formatTo(value, 12) })),
    startsAt: from === 0 ? null : from,
  };
}

/**
 * The value axis for a chart's figures: from zero to a round step above the highest value or
 * bounded interval end; or, for a running total whose figures are close together (CLOSE_SHARE),
 * from a round step below them to one above, so that their changes show. On such an axis an
 * interval end further from the figures than their own spread is left to be clipped at the
 * plot's edge: fitting an "about" figure's ±10% would squash the figures together again.
 */
export function valueAxis(figures: readonly AxisFigure[], isCumulative: boolean): ValueAxis {
  const values = figures.map((f) => f.value);
  if (values.length === 0) return axisFrom(0, 1, 1);
  // Whole figures (people, incidents) get whole steps. Their interval ends do not count: "about
  // 2" reads as 1.8 to 2.2, and a tick at 1.5 people would still mean nothing.
  const isWhole = values.every((v) => Number.isInteger(v));
  const [least, most] = [Math.min(...values), Math.max(...values)];
  const spread = most - least;
  if (isCumulative && spread > 0 && spread < CLOSE_SHARE * most) {
    const near = figures
      .flatMap((f) => [f.low, f.high])
      .filter((e): e is number => e !== null && e >= least - spread && e <= most + spread);
    const [low, high] = [Math.min(least, ...near), Math.max(most, ...near)];
    const margin = (high - low) * MARGIN;
    const step = roundStep((high - low + 2 * margin) / TICK_STEPS, isWhole);
    const from = tidy(Math.floor((low - margin) / step) * step);
    if (from > 0) return axisFrom(from, tidy(Math.ceil((high + margin) / step) * step), step);
  }
  const top = Math.max(...values, ...figures.map((f) => f.high ?? 0));
  if (top <= 0) return axisFrom(0, 1, 1);
  const step = roundStep((top * (1 + HEADROOM)) / TICK_STEPS, isWhole);
  return axisFrom(0, tidy(Math.ceil((top * (1 + HEADROOM)) / step) * step), step);
}

/** The note a chart must show when its value axis does not start at zero; null when it does. */
export function axisNote(axis: ValueAxis): string | null {
  return axis.startsAt === null
    ? null
    : `The axis starts at ${formatTo(axis.startsAt, decimalsOf(axis.startsAt))}, not zero, so that changes show.`;
}
