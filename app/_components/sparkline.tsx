import { type SparkPoint, SPARKLINE_BOX, sparklineGeometry } from '@/lib/charts/sparkline';
import styles from './sparkline.module.css';

/**
 * A small trend line drawn on the server, or a single figure as a dot with its value. It is
 * decoration (hidden from assistive technology): the figures it sketches are always shown beside
 * it in words, with their qualifiers.
 */
export function Sparkline({ points, unit }: { points: readonly SparkPoint[]; unit: string }) {
  const shape = sparklineGeometry(points, { unit });
  if (!shape) return null;
  if (shape.kind === 'point')
    return (
      <span className={styles.point} aria-hidden="true">
        <span className={styles.dot} />
        {shape.text}
      </span>
    );
  return (
    <svg
      className={styles.sparkline}
      viewBox={shape.viewBox}
      width={SPARKLINE_BOX.width}
      height={SPARKLINE_BOX.height}
      aria-hidden="true"
      focusable="false"
    >
      <polyline className={styles.line} points={shape.points} />
      <circle className={styles.end} cx={shape.last.x} cy={shape.last.y} r={2.25} />
    </svg>
  );
}
