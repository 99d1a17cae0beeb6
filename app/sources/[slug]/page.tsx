import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { formatDay, formatNumber, qualifiedValueInWords } from '@/lib/text/format';
import { CLAIM_STATUS_LABELS, SOURCE_KIND_LABELS, capitalised } from '@/lib/labels';
import {
  type SourceMetric,
  getSourceBySlug,
  listSourceClaimsByMetric,
} from '@/lib/server/sources/queries';
import { SourceHistory } from './_components/source-history';
import styles from './page.module.css';

type Props = { params: Promise<{ slug: string }> };

// generateMetadata and the page both need the source: cache() makes it one lookup per request.
// A merged source's slug (or a name or alias) leads to the source it means, under its own slug.
const loadSource = cache(async (slug: string) => {
  const source = await getSourceBySlug(slug);
  if (!source) notFound();
  if (source.slug !== slug) redirect(`/sources/${source.slug}`);
  return source;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await loadSource((await params).slug);
  return { title: source.name, description: source.description ?? undefined };
}

const plural = (n: number, one: string, many: string): string =>
  `${formatNumber(n)} ${n === 1 ? one : many}`;

export default async function SourcePage({ params }: Props) {
  const source = await loadSource((await params).slug);
  const { active, retracted, metrics } = await listSourceClaimsByMetric(source.id);
  return (
    <article>
      <p className={styles.kind}>{capitalised(SOURCE_KIND_LABELS[source.kind])}</p>
      <h1>{source.name}</h1>
      {source.aliases.length > 0 && (
        <p className={styles.aliases}>Also known as {source.aliases.join(' · ')}</p>
      )}
      {source.description && <p className={styles.description}>{source.description}</p>}
      {source.url && (
        <p className={styles.url}>
          <a href={source.url} rel="noopener noreferrer">
            {source.url}
          </a>
        </p>
      )}
      <dl className={styles.stats}>
        <div>
          <dt>{capitalised(CLAIM_STATUS_LABELS.active)} claims</dt>
          <dd>{formatNumber(active)}</dd>
        </div>
        <div>
          <dt>{capitalised(CLAIM_STATUS_LABELS.retracted)} claims</dt>
          <dd>{formatNumber(retracted)}</dd>
        </div>
        <div>
          <dt>Claims relayed from other sources</dt>
          <dd>{formatNumber(source.relayed)}</dd>
        </div>
      </dl>
      <h2 id="metrics-heading">
        {metrics.length === 0
          ? 'No claims yet'
          : `Figures on ${plural(metrics.length, 'metric', 'metrics')}`}
      </h2>
      {metrics.length > 0 && (
        // Roles said outright: on a phone the rows are laid out as cards, which makes some screen
        // readers drop a table's semantics.
        <table
          aria-labelledby="metrics-heading"
          className={`phone-cards ${styles.metrics}`}
          role="table"
        >
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                Metric
              </th>
              <th scope="col" role="columnheader">
                Latest figure
              </th>
              <th scope="col" role="columnheader" className={styles.count}>
                Claims
              </th>
            </tr>
          </thead>
          {byTopic(metrics).map(([topic, rows]) => (
            <tbody key={topic} role="rowgroup">
              <tr role="row">
                <th scope="rowgroup" role="rowheader" colSpan={3} className={styles.topic}>
                  {topic}
                </th>
              </tr>
              {rows.map((metric) => (
                <MetricRow key={metric.slug} metric={metric} />
              ))}
            </tbody>
          ))}
        </table>
      )}
      <SourceHistory source={source} />
    </article>
  );
}

// The metrics come sorted by topic title, so each topic's rows are already together.
function byTopic(metrics: SourceMetric[]): [string, SourceMetric[]][] {
  const groups = new Map<string, SourceMetric[]>();
  for (const metric of metrics) {
    groups.set(metric.topic.title, [...(groups.get(metric.topic.title) ?? []), metric]);
  }
  return [...groups];
}

function MetricRow({ metric }: { metric: SourceMetric }) {
  const { latest } = metric;
  return (
    <tr role="row" className={`card-row ${styles.metricRow}`}>
      <td role="cell" className={styles.metricCell}>
        <Link href={`/metrics/${metric.slug}`}>{metric.name}</Link>
      </td>
      <td role="cell" className={styles.latestCell}>
        {latest ? (
          <>
            <Link href={`/claims/${latest.id}`} className="figure">
              {qualifiedValueInWords({ ...latest, unit: metric.unit })}
            </Link>
            {metric.unit !== 'people' && ` ${metric.unit}`}
            <span className={`${styles.sub} ${styles.day}`}>as of {formatDay(latest.asOf)}</span>
          </>
        ) : (
          <span className="muted">No active figure</span>
        )}
      </td>
      <td role="cell" className={styles.count}>
        {formatNumber(metric.active)}
        {/* The column header says it on a wide screen; a phone's card says it here. */}
        <span className={styles.countWord}> {metric.active === 1 ? 'claim' : 'claims'}</span>
        {metric.retracted > 0 && (
          <span className={styles.sub}>
            {formatNumber(metric.retracted)} {CLAIM_STATUS_LABELS.retracted}
          </span>
        )}
      </td>
    </tr>
  );
}
