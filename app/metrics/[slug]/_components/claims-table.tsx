import Link from 'next/link';
import { ClaimantName } from '@/app/_components/attribution';
import { ClaimValue } from '@/app/_components/claim-value';
import { FlagList } from '@/app/_components/flag-list';
import type { Flag } from '@/lib/claims/checks';
import { formatDay, formatNumber } from '@/lib/text/format';
import type { ClaimRow } from '@/lib/claims/claim-row';
import type { MetricClaimants } from '@/lib/server/metrics/metric-page';
import { type MetricPageQuery, metricPageHref } from '@/lib/metrics/page-query';
import styles from '@/app/metrics/[slug]/page.module.css';
import { TableFilter } from './table-filter';

type Query = Pick<MetricPageQuery, 'status' | 'sort' | 'page' | 'claimant'>;

type Props = {
  slug: string;
  rows: ClaimRow[];
  total: number;
  pageSize: number;
  query: MetricPageQuery;
  claimants: MetricClaimants;
  /** How many of the metric's figures were retracted, whatever the filter. */
  retracted: number;
  flags: Map<number, Flag[]>;
};

/** The chart's claims as a table: sortable, filterable and paged on the server; the accessible view. */
export function ClaimsTable(props: Props) {
  const { slug, rows, total, pageSize, query, claimants, retracted, flags } = props;
  const isRetractedView = query.status === 'retracted';
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (change: Partial<Query>) => metricPageHref(slug, { ...query, ...change }, 'figures');

  return (
    <section aria-labelledby="figures">
      <h2 id="figures">{isRetractedView ? 'Retracted figures' : 'Every figure'}</h2>
      <TableFilter slug={slug} query={query} claimants={claimants} />
      <RetractedNote retracted={retracted} query={query} href={href} />
      <div className="table-scroll">
        {/* Roles said outright: on a phone the rows are laid out as cards (CSS display), which
            makes some screen readers drop a table's semantics. */}
        <table className={`phone-cards ${styles.claimsTable}`} role="table">
          <caption className="muted">
            {formatNumber(total)} {isRetractedView ? 'retracted ' : ''}
            {total === 1 ? 'figure' : 'figures'}
            {pages > 1 && `, page ${query.page} of ${pages}`}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th
                scope="col"
                role="columnheader"
                aria-sort={query.sort === 'asc' ? 'ascending' : 'descending'}
              >
                <Link href={href({ sort: query.sort === 'asc' ? 'desc' : 'asc', page: 1 })}>
                  As of <span aria-hidden="true">{query.sort === 'asc' ? '↑' : '↓'}</span>
                  <span className="visually-hidden">
                    , {query.sort === 'asc' ? 'oldest' : 'newest'} first
                  </span>
                </Link>
              </th>
              <th scope="col" role="columnheader">
                Figure
              </th>
              <th scope="col" role="columnheader">
                Claimant
              </th>
              <th scope="col" role="columnheader">
                Document
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {rows.map((row) => (
              <tr key={row.id} role="row" className="card-row">
                <td className={styles.dayCell} data-label="As of" role="cell">
                  {formatDay(row.as_of)}
                </td>
                <td className={styles.figureCell} role="cell">
                  <Link href={`/claims/${row.id}`} className="nowrap">
                    <ClaimValue claim={row} />
                  </Link>
                  <FlagList flags={flags.get(row.id)} compact />
                </td>
                <td className={styles.claimantCell} role="cell">
                  <ClaimantName claim={row} />
                  <span className="muted"> · {row.attribution}</span>
                </td>
                <td className={styles.documentCell} data-label="Document" role="cell">
                  {row.url ? <a href={row.url}>{row.title ?? row.url}</a> : row.title}
                  {row.published_on && (
                    <span className="muted">, {formatDay(row.published_on)}</span>
                  )}
                  {row.appearance_count > 1 && (
                    <span className="muted">
                      {' '}
                      · +{formatNumber(row.appearance_count - 1)}{' '}
                      {row.appearance_count === 2 ? 'document' : 'documents'}
                    </span>
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

/**
 * Retracted figures are neither charted nor counted, so the page says how many there are and
 * links to them: a reader must not take their absence for figures that never existed.
 */
function RetractedNote({
  retracted,
  query,
  href,
}: {
  retracted: number;
  query: MetricPageQuery;
  href: (change: Partial<Query>) => string;
}) {
  if (query.status === 'retracted') {
    return (
      <p className="muted">
        Retracted figures are kept for the record, and are neither charted nor counted.{' '}
        <Link href={href({ status: 'active', claimant: null, page: 1 })}>
          Back to the active figures
        </Link>
      </p>
    );
  }
  if (retracted === 0) return null;
  return (
    <p className="muted">
      {formatNumber(retracted)} {retracted === 1 ? 'figure' : 'figures'}
      {query.from || query.to ? ' in these dates' : ''} {retracted === 1 ? 'was' : 'were'}{' '}
      retracted: kept for the record, not charted or counted here.{' '}
      <Link href={href({ status: 'retracted', claimant: null, page: 1 })}>
        Show the retracted {retracted === 1 ? 'figure' : 'figures'}
      </Link>
    </p>
  );
}
