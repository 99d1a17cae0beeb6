import Link from 'next/link';
import { z } from 'zod';
import { Attribution } from '@/app/_components/attribution';
import { ClaimValue } from '@/app/_components/claim-value';
import { Sparkline } from '@/app/_components/sparkline';
import { formatNumber } from '@/lib/text/format';
import type { ClaimRow } from '@/lib/claims/claim-row';
import { loadHomeFigures, loadHomeTopics } from '@/lib/server/metrics/home-data';
import type { MetricWithId } from '@/lib/server/metrics/queries';
import type { SparklineSeries } from '@/lib/server/metrics/sparklines';
import { type UrlQuery, parseUrlQuery } from '@/lib/url-query';
import styles from './home.module.css';

export const dynamic = 'force-dynamic';

// Whole topics per page: with 1,000 metrics in 50 topics, a page still holds a few hundred cards
// at most, and their figures and trends are fetched for that page only.
const TOPICS_PER_PAGE = 8;

const HomeQuery = z.object({
  page: z
    .string()
    .regex(/^[1-9]\d{0,5}$/)
    .transform(Number)
    .optional(),
});

type Props = { searchParams: Promise<UrlQuery> };

const pageHref = (page: number): string => (page === 1 ? '/' : `/?page=${page}`);

export default async function HomePage({ searchParams }: Props) {
  const query = parseUrlQuery(HomeQuery, await searchParams);
  const topics = await loadHomeTopics();
  const pageCount = Math.max(1, Math.ceil(topics.length / TOPICS_PER_PAGE));
  const asked = query.success ? (query.data.page ?? 1) : null;
  const page = asked !== null && asked <= pageCount ? asked : 1;
  const first = (page - 1) * TOPICS_PER_PAGE;
  const shown = topics.slice(first, first + TOPICS_PER_PAGE);
  const ids = shown.flatMap((topic) => topic.metrics.map((metric) => metric.id));
  const { latest, trends } = await loadHomeFigures(ids);
  return (
    <>
      <h1>Tracked figures</h1>
      <p className="muted">
        Every figure is a claim: who said it, when, and where it was published. Select a figure to
        see its quote and source.
      </p>
      {asked === null ? (
        <p role="status" className={styles.notice}>
          The page number in the address is not one we understand, so this is the first page.
        </p>
      ) : asked !== page ? (
        <p role="status" className={styles.notice}>
          There is no page {formatNumber(asked)}: the topics fill {pageCount}{' '}
          {pageCount === 1 ? 'page' : 'pages'}, so this is the first.
        </p>
      ) : null}
      {pageCount > 1 && (
        <p className="muted">
          Topics {first + 1}–{first + shown.length} of {topics.length}, page {page} of {pageCount}.{' '}
          <a href="#all-topics">See every topic</a>
        </p>
      )}
      {topics.length === 0 && <p>No figures have been entered yet.</p>}
      {shown.map((topic) => (
        <section key={topic.slug} aria-labelledby={`topic-${topic.slug}`}>
          <h2 id={`topic-${topic.slug}`} className={styles.topicTitle}>
            {topic.title}
          </h2>
          {topic.description && <p className="muted">{topic.description}</p>}
          <div className={styles.cardGrid}>
            {topic.metrics.map((metric) => (
              <MetricCard
                key={metric.slug}
                metric={metric}
                latest={latest.get(metric.slug) ?? []}
                trend={trends.get(metric.id)}
              />
            ))}
          </div>
        </section>
      ))}
      {pageCount > 1 && (
        <nav aria-labelledby="all-topics" className={styles.topicNav}>
          <div className={styles.pager}>
            {page > 1 && <Link href={pageHref(page - 1)}>Previous topics</Link>}
            {page < pageCount && <Link href={pageHref(page + 1)}>More topics</Link>}
          </div>
          <h2 id="all-topics">All topics</h2>
          <ol className={styles.topicIndex}>
            {topics.map((topic, i) => (
              <li key={topic.slug}>
                <Link href={`${pageHref(Math.floor(i / TOPICS_PER_PAGE) + 1)}#topic-${topic.slug}`}>
                  {topic.title}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      )}
    </>
  );
}

type CardProps = { metric: MetricWithId; latest: ClaimRow[]; trend: SparklineSeries | undefined };

function MetricCard({ metric, latest, trend }: CardProps) {
  return (
    <article className="card">
      <div className={styles.cardHead}>
        <h3 className={styles.metricName}>
          <Link href={`/metrics/${metric.slug}`}>{metric.name}</Link>
        </h3>
        {trend && (
          <div className={styles.trend} aria-hidden="true">
            <Sparkline points={trend.points} unit={metric.unit} />
            {/* Whose series the line follows matters only when the card lists several. */}
            {latest.length > 1 && (
              <span className={styles.trendSource} title={trend.claimant ?? undefined}>
                {trend.claimant ?? 'no source named'}
              </span>
            )}
          </div>
        )}
      </div>
      {latest.length === 0 ? (
        <p className="muted">No current figure.</p>
      ) : (
        <ul className={styles.latest}>
          {latest.map((claim) => (
            <li key={claim.id}>
              <Link href={`/claims/${claim.id}`}>
                <ClaimValue claim={claim} />
              </Link>
              {metric.unit !== 'people' && <span className="muted"> {metric.unit}</span>}{' '}
              <Attribution claim={claim} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
