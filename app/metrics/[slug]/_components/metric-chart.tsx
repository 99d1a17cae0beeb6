'use client';

import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  XAxis,
  YAxis,
  ZIndexLayer,
  usePlotArea,
} from 'recharts';
import { cutsBars } from '@/lib/charts/chart-key';
import { type ChartSeries, plotSeries } from '@/lib/charts/metric-series';
import { timeTicks } from '@/lib/charts/time-axis';
import { type ValueAxis, axisNote } from '@/lib/charts/value-axis';
import { CitationCard } from './citation-card';
import { type ActivePoint, CutMark, IntervalMarks } from './interval-marks';
import styles from '@/app/metrics/[slug]/page.module.css';
import own from './metric-chart.module.css';

type Props = {
  series: ChartSeries[];
  unit: string;
  isCumulative: boolean;
  xDomain: [number, number];
  /** The value axis, worked out on the server (metricValueAxis). */
  yAxis: ValueAxis;
};

// ResponsiveContainer cannot measure on the server; the frame's height is fixed in CSS to match.
const HEIGHT = 360;

const noSubscription = () => () => {};

export function MetricChart({ series, unit, isCumulative, xDomain, yAxis }: Props) {
  // The marks need the frame's measured size, which only the browser has: drawing them on the
  // server cost as much as the rest of the page (3,000 points) for markup thrown away on
  // hydration. The server sends the empty frame at its fixed height, so nothing moves.
  const isBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const plotted = useMemo(
    () => (isBrowser ? series.map((s) => plotSeries(s, unit)) : []),
    [isBrowser, series, unit],
  );
  const note = axisNote(yAxis);
  const isCut = useMemo(() => cutsBars(series, yAxis), [series, yAxis]);
  const [active, setActive] = useState<ActivePoint | null>(null);
  const [width, setWidth] = useState(800);
  // About one date label per 110 px, so labels never overlap on a phone.
  const xTicks = timeTicks(xDomain, Math.max(2, Math.floor(width / 110)));
  const tickLabels = new Map(xTicks.map((t) => [t.x, t.label]));

  const frame = useRef<HTMLDivElement>(null);
  // Chromium lets Tab stop on Recharts' layer groups, bare <g> elements that do nothing and draw a
  // focus ring round the whole chart; only the marks should take focus.
  useEffect(() => {
    frame.current
      ?.querySelectorAll('g[class^="recharts-zIndex-layer"]')
      .forEach((layer) => layer.setAttribute('tabindex', '-1'));
  });
  const yLabels = new Map(yAxis.ticks.map((t) => [t.value, t.label]));
  const longestLabel = Math.max(...yAxis.ticks.map((t) => t.label.length));
  // Rendered on the server too, so the note under the chart is there before hydration.
  const noteLine = note && (
    <p className={`muted ${own.axisNote}`}>
      {note}
      {isCut && (
        <>
          {' '}
          <svg width="14" height="14" aria-hidden className={own.glyph}>
            <g stroke="currentColor">
              <line x1="7" x2="7" y1="1" y2="14" strokeWidth="1.5" />
              <CutMark x={7} y={5} />
            </g>
          </svg>{' '}
          A bar broken like this is cut by the chart’s edge: it goes on beyond the axis.
        </>
      )}
    </p>
  );
  if (!isBrowser)
    return (
      <>
        <div className={styles.chartFrame} />
        {noteLine}
      </>
    );
  return (
    <>
      <div className={styles.chartFrame} ref={frame} onMouseLeave={() => setActive(null)}>
        <ResponsiveContainer
          width="100%"
          height={HEIGHT}
          initialDimension={{ width, height: HEIGHT }}
          onResize={(w) => setWidth(w)}
        >
          <ComposedChart
            margin={{ top: 16, right: 16, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis
              dataKey="x"
              type="number"
              scale="time"
              domain={xDomain}
              ticks={xTicks.map((t) => t.x)}
              interval={0}
              tickFormatter={(x: number) => tickLabels.get(x) ?? ''}
              stroke="var(--muted)"
              allowDataOverflow
            />
            <YAxis
              type="number"
              domain={yAxis.domain}
              ticks={yAxis.ticks.map((t) => t.value)}
              interval={0}
              tickFormatter={(n: number) => yLabels.get(n) ?? ''}
              // About 7 px a character at the axis' font size, and room for the tick line.
              width={Math.max(40, longestLabel * 7 + 14)}
              stroke="var(--muted)"
              allowDataOverflow
            />
            {isCumulative &&
              // A one-point line draws Recharts' own dot over the mark, and joins nothing.
              plotted
                .filter((s) => s.points.length > 1)
                .map((s) => (
                  <Line
                    key={s.id}
                    data={s.points}
                    dataKey="value"
                    stroke={s.color}
                    strokeWidth={2}
                    dot={false}
                    activeDot={false}
                    isAnimationActive={false}
                    legendType="none"
                  />
                ))}
            {yAxis.startsAt !== null && <AxisBreak />}
            <IntervalMarks
              series={plotted}
              activeId={active?.point.claimId ?? null}
              onActivate={setActive}
            />
          </ComposedChart>
        </ResponsiveContainer>
        {active && (
          <CitationCard
            point={active.point}
            series={active.series}
            style={cardPosition(active, width)}
          />
        )}
      </div>
      {noteLine}
    </>
  );
}

/** Places the card beside its point, on whichever side has room. */
function cardPosition({ cx, cy }: ActivePoint, width: number): React.CSSProperties {
  const top = Math.min(Math.max(cy - 40, 0), HEIGHT - 120);
  return cx > width / 2 ? { right: width - cx + 14, top } : { left: cx + 14, top };
}

/**
 * Two slanted strokes across the foot of the value axis, the usual sign that it is cut: the words
 * under the chart say where it starts.
 */
function AxisBreak() {
  const plot = usePlotArea();
  if (!plot) return null;
  const [x, y] = [plot.x, plot.y + plot.height - 10];
  return (
    <ZIndexLayer zIndex={500}>
      <g aria-hidden="true">
        <rect x={x - 7} y={y - 2} width={14} height={8} fill="var(--surface)" />
        <path
          d={`M${x - 7},${y + 1} L${x + 7},${y - 3} M${x - 7},${y + 7} L${x + 7},${y + 3}`}
          stroke="var(--muted)"
          strokeWidth={1.5}
        />
      </g>
    </ZIndexLayer>
  );
}
