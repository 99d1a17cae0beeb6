import type { Metadata } from 'next';
import { z } from 'zod';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { loadClaimFormOptions } from '@/lib/server/editor/form-options';
import { listMetrics } from '@/lib/server/metrics/queries';
import { SLUG_PATTERN } from '@/lib/text/slug';
import { type UrlQuery, commaList, readUrlQuery } from '@/lib/url-query';
import { ExtractForm } from './_components/extract-form';
import { SavedNotice } from './_components/saved-notice';
import styles from './page.module.css';

export const metadata: Metadata = { title: 'Extract figures from a text' };

type Props = { searchParams: Promise<UrlQuery> };

// Set by the save action's redirect: the claims it added, appeared in and found, and their metrics.
const ExtractQuery = z.object({
  added: commaList(/^\d+$/),
  appeared: commaList(/^\d+$/),
  present: commaList(/^\d+$/),
  metrics: commaList(SLUG_PATTERN),
});

export default async function ExtractPage({ searchParams }: Props) {
  await requireEditor('/editor/extract');
  const saved = readUrlQuery(ExtractQuery, await searchParams).data;
  const [metrics, { topics, sources }] = await Promise.all([listMetrics(), loadClaimFormOptions()]);

  return (
    <section className={styles.page}>
      <h1>Extract figures from a text</h1>
      <SavedNotice {...saved} />
      <p className="muted">
        Choose the topic, then paste a wire report, a ministry bulletin or a UN update. Its figures
        are proposed as draft claims, read here in your browser; a draft is filed under one of the
        topic&apos;s metrics only when that metric clearly fits. Check each draft, choose a metric
        where none is set, and save the ticked ones as claims of this document.
      </p>
      {/* A save starts afresh, under the report of what it did. */}
      <ExtractForm
        key={Object.values(saved).join('|')}
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
