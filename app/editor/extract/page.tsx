import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { loadClaimFormOptions } from '@/lib/server/editor/form-options';
import { listMetrics } from '@/lib/server/metrics/queries';
import { SLUG_PATTERN } from '@/lib/text/slug';
import { type UrlQuery, commaList, readUrlQuery } from '@/lib/url-query';
import { ExtractForm } from './_components/extract-form';
import styles from './page.module.css';

export const metadata: Metadata = { title: 'Extract figures from a text' };

type Props = { searchParams: Promise<UrlQuery> };

// Set by the save action's redirect: the claims it saved and their metrics.
const ExtractQuery = z.object({ saved: commaList(/^\d+$/), metrics: commaList(SLUG_PATTERN) });

export default async function ExtractPage({ searchParams }: Props) {
  await requireEditor('/editor/extract');
  const { saved, metrics: savedMetrics } = readUrlQuery(ExtractQuery, await searchParams).data;
  const [metrics, { topics, sources }] = await Promise.all([listMetrics(), loadClaimFormOptions()]);

  return (
    <section className={styles.page}>
      <h1>Extract figures from a text</h1>
      {saved.length > 0 && (
        <div className="notice" role="status">
          <p>
            Saved {saved.length} {saved.length === 1 ? 'claim' : 'claims'}:{' '}
            {saved.map((id, i) => (
              <span key={id}>
                {i > 0 && ', '}
                <Link href={`/claims/${id}`}>claim {id}</Link>
              </span>
            ))}
            .
          </p>
          <p>
            See {savedMetrics.length === 1 ? 'the metric' : 'the metrics'}:{' '}
            {savedMetrics.map((slug, i) => (
              <span key={slug}>
                {i > 0 && ', '}
                <Link href={`/metrics/${slug}`}>{slug}</Link>
              </span>
            ))}
          </p>
        </div>
      )}
      <p className="muted">
        Paste a wire report, a ministry bulletin or a UN update. The figures it gives are proposed
        as draft claims, read here in your browser; check each, untick the wrong ones, choose their
        metric and save the rest as claims of this document.
      </p>
      <ExtractForm
        metrics={metrics.map(({ slug, name, topic, unit, description, parent }) => ({
          slug,
          name,
          topic,
          unit,
          description,
          parent,
        }))}
        topics={topics}
        sources={sources.map((s) => s.name)}
      />
    </section>
  );
}
