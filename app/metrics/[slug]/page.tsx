import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { metricValueAxis, timeDomain } from '@/lib/charts/metric-series';
import { formatDay, qualifiedValueInWords } from '@/lib/text/format';
import { loadMetricChartData } from '@/lib/server/metrics/metric-chart-data';
import {
  TABLE_PAGE_SIZE,
  countRetracted,
  listMetricClaimants,
  listTableClaims,
} from '@/lib/server/metrics/metric-page';
import { NO_CLAIMANT, parseMetricPageQuery } from '@/lib/metrics/page-query';
import { getMetricBySlug, getMetricContext } from '@/lib/server/metrics/queries';
import type { UrlQuery } from '@/lib/url-query';
import { BreakdownChart } from './_components/breakdown-chart';
import { ChartKey } from './_components/chart-key';
import { ClaimsTable } from './_components/claims-table';
import { DateRangeForm } from './_components/date-range-form';
import { MetricChart } from './_components/metric-chart';
import { MetricHistory } from './_components/metric-history';
import styles from './page.module.css';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<UrlQuery>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const metric = await getMetricBySlug((await params).slug);
  if (!metric) return { title: 'Not found' };
  const { topicTitle } = await getMetricContext(metric.id);
  return { title: `${metric.name} — ${topicTitle}` };
}

export default async function MetricPage({ params, searchParams }: Props) {
  const metric = await getMetricBySlug((await params).slug);
  if (!metric) notFound();
  const query = parseMetricPageQuery(await searchParams);

  const [{ series, breakdowns, flags, latest }, claimants, retracted, context] = await Promise.all([
    loadMetricChartData(metric, query),
    listMetricClaimants(metric.id, query.status),
    countRetracted(metric.id, query),
    getMetricContext(metric.id),
  ]);
  const isOffered =
    query.claimant === NO_CLAIMANT
      ? claimants.hasUnattributed
      : claimants.claimants.some((c) => c.slug === query.claimant);
  const claimantFilter = isOffered ? query.claimant : null;
  if (query.claimant && !claimantFilter)
    query.notices.push('No figures here come from that claimant, so every claimant is shown.');
  const table = await listTableClaims(metric.id, {
    status: query.status,
    claimant: claimantFilter,
    order: query.sort,
    page: query.page,
    from: query.from,
    to: query.to,
  });

  return (
    <article>
      <p className="muted">
        <Link href={`/#topic-${metric.topic}`}>{context.topicTitle}</Link>
        {metric.parent && (
          <>
            {' '}
            · part of <Link href={`/metrics/${metric.parent}`}>{context.parentName}</Link>
          </>
        )}
      </p>
      <h1>
        {metric.name}:{' '}
        {latest ? (
          <>
            <span className="figure">
              {qualifiedValueInWords({ ...latest, unit: metric.unit })}
            </span>
            <span className={styles.headingAttribution}>
              {latest.claimantName ? `${latest.claimantName}` : 'no source named'}, as of{' '}
              {formatDay(latest.asOf)}
            </span>
          </>
        ) : retracted > 0 ? (
          'no active figures'
        ) : (
          'no figures yet'
        )}
      </h1>
      {metric.description && <p className={styles.description}>{metric.description}</p>}
      {query.notices.map((notice) => (
        <p key={notice} className="notice" role="status">
          {notice}
        </p>
      ))}
      <DateRangeForm slug={metric.slug} query={query} />
      {series.length === 0 && (query.from || query.to) && (
        <p className="notice">No figures between these dates.</p>
      )}
      {series.length > 0 && (
        <figure
          className={styles.chart}
          aria-label={`Chart of ${metric.name}: one series per source`}
        >
          <ChartKey series={series} />
          <MetricChart
            series={series}
            unit={metric.unit}
            isCumulative={metric.kind === 'cumulative'}
            xDomain={timeDomain(series)}
            yAxis={metricValueAxis(series, metric.kind === 'cumulative')}
          />
          <figcaption className="muted">
            Unit: {metric.unit}.{' '}
            {metric.kind === 'cumulative' ? 'A running total.' : 'A count of one event.'} Hover,
            focus or tap a mark for its source; select it to open the claim.
          </figcaption>
        </figure>
      )}
      {breakdowns.length > 0 && (
        <BreakdownChart breakdowns={breakdowns} isComplete={metric.parts_complete} />
      )}
      <ClaimsTable
        slug={metric.slug}
        rows={table.rows}
        total={table.total}
        pageSize={TABLE_PAGE_SIZE}
        query={query}
        claimants={claimants}
        retracted={retracted}
        flags={flags}
      />
      <MetricHistory metric={metric} />
    </article>
  );
}
