import Link from 'next/link';
import { DayInput } from '@/app/_components/day-input';
import { type MetricPageQuery, metricPageHref } from '@/lib/metrics/page-query';
import { KeptFields } from './kept-fields';
import styles from '@/app/metrics/[slug]/page.module.css';

/**
 * Narrows the chart and the table to a span of dates: one stray figure years away from the rest
 * would otherwise squeeze a whole series into a corner of the time axis.
 */
export function DateRangeForm({ slug, query }: { slug: string; query: MetricPageQuery }) {
  const isNarrowed = query.from !== null || query.to !== null;
  return (
    <form
      method="get"
      action={`/metrics/${slug}`}
      className={styles.tableFilter}
      aria-label="Dates shown"
    >
      <label htmlFor="range-from">From</label>
      <DayInput id="range-from" name="from" defaultValue={query.from ?? ''} />
      <label htmlFor="range-to">to</label>
      <DayInput id="range-to" name="to" defaultValue={query.to ?? ''} />
      <KeptFields state={query} omit={['from', 'to', 'page']} />
      <button type="submit">Show these dates</button>
      {isNarrowed && (
        <Link href={metricPageHref(slug, { ...query, from: null, to: null, page: 1 })}>
          Every date
        </Link>
      )}
    </form>
  );
}
