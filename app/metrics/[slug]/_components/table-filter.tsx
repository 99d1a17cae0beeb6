import type { MetricClaimants } from '@/lib/server/metrics/metric-page';
import { type MetricPageQuery, NO_CLAIMANT } from '@/lib/metrics/page-query';
import styles from '@/app/metrics/[slug]/page.module.css';
import { KeptFields } from './kept-fields';

type Props = { slug: string; query: MetricPageQuery; claimants: MetricClaimants };

/** Narrows the table to one claimant, or to the figures nobody is named for; keeps the rest of the query. */
export function TableFilter({ slug, query, claimants }: Props) {
  return (
    <form method="get" action={`/metrics/${slug}#figures`} className={styles.tableFilter}>
      <label htmlFor="claimant-filter">Claimant</label>
      <select id="claimant-filter" name="claimant" defaultValue={query.claimant ?? ''}>
        <option value="">All claimants</option>
        {claimants.claimants.map((c) => (
          <option key={c.slug} value={c.slug}>
            {c.name}
          </option>
        ))}
        {claimants.hasUnattributed && <option value={NO_CLAIMANT}>No source named</option>}
      </select>
      <KeptFields state={query} omit={['claimant', 'page']} />
      <button type="submit">Filter</button>
    </form>
  );
}
