'use client';

import { useRef } from 'react';
import { ZIndexLayer, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { MARK_WIDTH, dodgeOffsets } from '@/lib/charts/dodge';
import type { PlotPoint, PlotSeries } from '@/lib/charts/metric-series';
import styles from '@/app/metrics/[slug]/page.module.css';

export type ActivePoint = { point: PlotPoint; series: PlotSeries; cx: number; cy: number };

/** How far a marker reaches from its point, in pixels. */
const MARK_REACH = MARK_WIDTH / 2;

/** A mark placed on the plot: its point, the ends of its bar and whether the plot cut them. */
type Placed = {
  point: PlotPoint;
  series: PlotSeries;
  seriesIndex: number;
  cx: number;
  cy: number;
  top: number;
  bottom: number;
  isTopCut: boolean;
  isBottomCut: boolean;
};

type Props = {
  series: PlotSeries[];
  activeId: number | null;
  onActivate: (active: ActivePoint) => void;
};

/**
 * Draws each claim as a mark that shows its qualifier: a dot for an exact figure, a bar for the
 * interval it allows, a triangle pointing the way an open interval runs and a dashed arrow to the
 * top for "at least" and "over". Each mark is a link to the claim, named for screen readers.
 */
export function IntervalMarks({ series, activeId, onActivate }: Props) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  // A tap is a click: the first tap on a point shows its card, a second one opens the claim. A tap
  // also fires mouseenter and focus before its click, which open the card: so whether the card was
  // already open is read when the finger comes down.
  const tap = useRef<{ isTouch: boolean; wasOpen: boolean }>({ isTouch: false, wasOpen: false });
  if (!xScale || !yScale || !plot) return null;

  const [plotTop, plotBottom] = [plot.y, plot.y + plot.height];
  // An interval may reach past an axis that starts near the figures: its bar stops at the edge.
  const placed: Placed[] = series.flatMap((s, seriesIndex) =>
    s.points.map((point) => {
      const cy = yScale(point.value) ?? 0;
      const top = point.high === null ? plotTop : (yScale(point.high) ?? cy);
      const bottom = yScale(point.low ?? 0) ?? cy;
      return {
        point,
        series: s,
        seriesIndex,
        cx: xScale(point.x) ?? 0,
        cy,
        top: Math.max(top, plotTop),
        bottom: Math.min(bottom, plotBottom),
        isTopCut: top < plotTop,
        isBottomCut: bottom > plotBottom,
      };
    }),
  );
  // Marks that would cover each other on screen (two claimants' figures for the same day, or a
  // few days apart on a long chart) stand side by side, in series order, inside the plot.
  const offsets = dodgeOffsets(
    placed.map((m) => ({
      x: m.cx,
      top: Math.min(m.top, m.cy - MARK_REACH),
      bottom: Math.max(m.bottom, m.cy + MARK_REACH),
      series: m.seriesIndex,
    })),
    { bounds: [plot.x + MARK_REACH, plot.x + plot.width - MARK_REACH] },
  );

  // Above the lines (z 400), as scatter points would be, so every mark can be hovered and seen.
  return (
    <ZIndexLayer zIndex={600}>
      <g className="interval-marks">
        {placed.map((mark, index) => {
          const { point, series: s, cy, top, bottom } = mark;
          const cx = mark.cx + (offsets[index] ?? 0);
          const activate = () => onActivate({ point, series: s, cx, cy });
          return (
            <a
              key={point.claimId}
              href={`/claims/${point.claimId}`}
              aria-label={point.label}
              data-qualifier={point.qualifier}
              className={
                point.claimId === activeId ? `${styles.mark} ${styles.isActive}` : styles.mark
              }
              onMouseEnter={activate}
              onFocus={activate}
              onPointerDown={(event) => {
                tap.current = {
                  isTouch: event.pointerType !== 'mouse',
                  wasOpen: point.claimId === activeId,
                };
              }}
              onClick={(event) => {
                if (tap.current.isTouch && !tap.current.wasOpen) {
                  event.preventDefault();
                  activate();
                }
                // The next click may come from the keyboard, which sends no pointerdown.
                tap.current = { isTouch: false, wasOpen: false };
              }}
            >
              {top !== bottom && <IntervalBar {...mark} x={cx} color={s.color} />}
              <Marker x={cx} y={cy} point={point} color={s.color} />
              {point.isFlagged && (
                <circle
                  cx={cx}
                  cy={cy}
                  r={7.5}
                  fill="none"
                  stroke="var(--danger)"
                  strokeWidth={1.5}
                  opacity={0.8}
                />
              )}
              {/* The hit area: the whole mark, and a finger's width around its point. */}
              <rect
                x={cx - 11}
                y={Math.min(top, cy - 11)}
                width={22}
                height={Math.max(bottom, cy + 11) - Math.min(top, cy - 11)}
                fill="transparent"
              />
            </a>
          );
        })}
      </g>
    </ZIndexLayer>
  );
}

type MarkProps = { x: number; point: PlotPoint; color: string };

/**
 * The interval as a bar. A bounded end has a cap; an end with no bound has an arrowhead on a
 * dashed line, since the interval runs on without end. An end cut by the plot's edge is a bounded
 * end beyond the axis: the bar runs to the edge, broken just before it (see CutMark).
 */
function IntervalBar({
  x,
  top,
  bottom,
  point,
  color,
  isTopCut,
  isBottomCut,
}: MarkProps & Pick<Placed, 'top' | 'bottom' | 'isTopCut' | 'isBottomCut'>) {
  const isUnbounded = point.high === null;
  return (
    <g stroke={color} strokeWidth={1.5}>
      <line x1={x} x2={x} y1={top} y2={bottom} strokeDasharray={isUnbounded ? '3 3' : undefined} />
      {isUnbounded ? (
        <path d={`M${x - 4},${top + 6} L${x},${top} L${x + 4},${top + 6}`} fill="none" />
      ) : isTopCut ? (
        <CutMark x={x} y={top + CUT_INSET} />
      ) : (
        <line x1={x - 4} x2={x + 4} y1={top} y2={top} />
      )}
      {isBottomCut ? (
        <CutMark x={x} y={bottom - CUT_INSET} />
      ) : (
        point.low !== null &&
        point.low > 0 && <line x1={x - 4} x2={x + 4} y1={bottom} y2={bottom} />
      )}
    </g>
  );
}

/** How far from the plot's edge a cut bar shows its break. */
const CUT_INSET = 6;

/**
 * A break across a bar at (x, y): two slanted strokes with a gap between them, as the break at the
 * foot of an axis that does not start at zero. Unlike an arrowhead ("no upper bound") it says the
 * bar goes on past the chart's edge to a bound the axis does not reach. The key draws it too.
 */
export function CutMark({ x, y }: { x: number; y: number }) {
  return (
    <g strokeWidth={1.5}>
      <path
        d={`M${x - 5},${y + 1} L${x + 5},${y - 2} L${x + 5},${y + 2} L${x - 5},${y + 5} Z`}
        fill="var(--surface)"
        stroke="none"
      />
      <path d={`M${x - 5},${y + 1} L${x + 5},${y - 2} M${x - 5},${y + 5} L${x + 5},${y + 2}`} />
    </g>
  );
}

function Marker({ x, y, point, color }: MarkProps & { y: number }) {
  const hollow = point.isLowOpen && point.low !== null ? 'var(--surface)' : color;
  switch (point.qualifier) {
    case 'at_least':
    case 'more_than':
      // Points up: the figure is a floor.
      return (
        <path
          d={`M${x},${y - 6} L${x + 6},${y + 4} L${x - 6},${y + 4} Z`}
          fill={hollow}
          stroke={color}
          strokeWidth={1.5}
        />
      );
    case 'nearly':
    case 'less_than':
    case 'at_most':
      // Points down: the figure is a ceiling.
      return (
        <path
          d={`M${x},${y + 6} L${x + 6},${y - 4} L${x - 6},${y - 4} Z`}
          fill={point.isHighOpen ? 'var(--surface)' : color}
          stroke={color}
          strokeWidth={1.5}
        />
      );
    case 'about':
    case 'range':
      return (
        <rect
          x={x - 4}
          y={y - 4}
          width={8}
          height={8}
          transform={`rotate(45 ${x} ${y})`}
          fill={color}
        />
      );
    case 'exact':
      return <circle cx={x} cy={y} r={4.5} fill={color} />;
  }
}
