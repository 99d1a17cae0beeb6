import Link from 'next/link';
import { ClaimantName } from '@/app/_components/attribution';
import { ClaimValue } from '@/app/_components/claim-value';
import { FlagList } from '@/app/_components/flag-list';
import type { Flag } from '@/lib/claims/checks';
import { formatDay } from '@/lib/text/format';
import type { ClaimRow } from '@/lib/claims/claim-row';
import type { ClaimantOption } from '@/lib/server/metrics/metric-page';
import type { MetricPageQuery } from '@/lib/metrics/page-query';
import styles from '@/app/metrics/[slug]/page.module.css';

type Props = {
  slug: string;
  rows: ClaimRow[];
  total: number;
  pageSize: number;
  query: MetricPageQuery;
  claimants: ClaimantOption[];
  flags: Map<number, Flag[]>;
};

/** The chart's claims as a table: sortable, filterable and paged on the server; the accessible view. */
export function ClaimsTable({ slug, rows, total, pageSize, query, claimants, flags }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (change: Partial<Pick<MetricPageQuery, 'sort' | 'page' | 'claimant'>>) => {
    const next = { claimant: query.claimant, sort: query.sort, page: query.page, ...change };
    const params = new URLSearchParams();
    if (query.from) params.set('from', query.from);
    if (query.to) params.set('to', query.to);
    if (next.claimant) params.set('claimant', next.claimant);
    if (next.sort !== 'desc') params.set('sort', next.sort);
    if (next.page > 1) params.set('page', String(next.page));
    const search = params.toString();
    return `/metrics/${slug}${search ? `?${search}` : ''}#figures`;
  };

  return (
    <section aria-labelledby="figures">
      <h2 id="figures">Every figure</h2>
      <form method="get" action={`/metrics/${slug}#figures`} className={styles.tableFilter}>
        <label htmlFor="claimant-filter">Claimant</label>
        <select id="claimant-filter" name="claimant" defaultValue={query.claimant ?? ''}>
          <option value="">All claimants</option>
          {claimants.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
        {query.sort !== 'desc' && <input type="hidden" name="sort" value={query.sort} />}
        {query.from && <input type="hidden" name="from" value={query.from} />}
        {query.to && <input type="hidden" name="to" value={query.to} />}
        <button type="submit">Filter</button>
      </form>
      <div className="table-scroll">
        <table className={styles.claimsTable}>
          <caption className="muted">
            {total.toLocaleString('en-GB')} {total === 1 ? 'figure' : 'figures'}
            {pages > 1 && `, page ${query.page} of ${pages}`}
          </caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={query.sort === 'asc' ? 'ascending' : 'descending'}>
                <Link href={href({ sort: query.sort === 'asc' ? 'desc' : 'asc', page: 1 })}>
                  As of {query.sort === 'asc' ? '↑' : '↓'}
                </Link>
              </th>
              <th scope="col">Figure</th>
              <th scope="col">Claimant</th>
              <th scope="col">Document</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td className={styles.dayCell} data-label="As of">
                  {formatDay(row.as_of)}
                </td>
                <td className={styles.figureCell}>
                  <Link href={`/claims/${row.id}`} className="nowrap">
                    <ClaimValue claim={row} />
                  </Link>
                  <FlagList flags={flags.get(row.id)} compact />
                </td>
                <td className={styles.claimantCell}>
                  <ClaimantName claim={row} />
                  <span className="muted"> · {row.attribution}</span>
                </td>
                <td className={styles.documentCell} data-label="Document">
                  {row.url ? <a href={row.url}>{row.title ?? row.url}</a> : row.title}
                  {row.published_on && (
                    <span className="muted">, {formatDay(row.published_on)}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className={styles.pager} aria-label="Pages of figures">
          {query.page > 1 && <Link href={href({ page: query.page - 1 })}>← Previous page</Link>}
          <span className="muted">
            Page {query.page} of {pages}
          </span>
          {query.page < pages && <Link href={href({ page: query.page + 1 })}>Next page →</Link>}
        </nav>
      )}
    </section>
  );
}
