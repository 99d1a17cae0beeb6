import { keyReading } from '@/lib/charts/chart-key';
import type { ChartSeries } from '@/lib/charts/metric-series';
import { formatNumber } from '@/lib/text/format';
import { ReadingNote } from '@/app/_components/reading-note';
import styles from '@/app/metrics/[slug]/page.module.css';

/** The series (one per claimant) and what each mark means: the chart's legend and key. */
export function ChartKey({ series }: { series: ChartSeries[] }) {
  const reading = keyReading(series);
  return (
    <div className={styles.chartKey}>
      <ul className={styles.seriesLegend} aria-label="Sources on this chart">
        {series.map((s) => (
          <li key={s.id}>
            <span className={styles.swatch} style={{ background: s.color }} aria-hidden />
            <span className={s.isUnattributed ? 'unattributed' : undefined}>{s.label}</span>
            <span className="muted">
              {' '}
              · {formatNumber(s.total)} {s.total === 1 ? 'figure' : 'figures'}
              {s.points.length < s.total && `, ${formatNumber(s.points.length)} drawn`}
            </span>
          </li>
        ))}
      </ul>
      <ul className={styles.marksLegend} aria-label="What the marks mean">
        <li>
          <svg width="14" height="14" aria-hidden>
            <circle cx="7" cy="7" r="4.5" fill="currentColor" />
          </svg>
          exact figure
        </li>
        <li>
          <svg width="14" height="14" aria-hidden>
            <rect x="3" y="3" width="8" height="8" transform="rotate(45 7 7)" fill="currentColor" />
          </svg>
          about, or a range: the bar spans it
        </li>
        <li>
          <svg width="14" height="14" aria-hidden>
            <path d="M7,2 L13,12 L1,12 Z" fill="currentColor" />
          </svg>
          at least (hollow: over), with a dashed arrow up: no upper bound
        </li>
        <li>
          <svg width="14" height="14" aria-hidden>
            <path d="M7,12 L13,2 L1,2 Z" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
          nearly, under or up to: the figure is a ceiling
        </li>
        <li>
          <svg width="14" height="14" aria-hidden>
            <circle cx="7" cy="7" r="5.5" fill="none" stroke="var(--danger)" strokeWidth="2" />
          </svg>
          ringed: a consistency flag, explained in the table
        </li>
        {reading && (
          <li>
            <ReadingNote reading={reading} />
          </li>
        )}
      </ul>
    </div>
  );
}
