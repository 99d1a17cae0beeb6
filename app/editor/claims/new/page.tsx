import type { Metadata } from 'next';
import { z } from 'zod';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { listLatestClaims } from '@/lib/server/claims/queries';
import { loadClaimFormOptions } from '@/lib/server/editor/form-options';
import { prefillFromLatest } from '@/lib/editor/prefill';
import { getMetricBySlug } from '@/lib/server/metrics/queries';
import { type UrlQuery, readUrlQuery } from '@/lib/url-query';
import { ClaimForm } from '@/app/editor/claims/_components/claim-form';
import { createClaimAction } from './actions';

export const metadata: Metadata = { title: 'Enter a figure' };

type Props = { searchParams: Promise<UrlQuery> };

const NewClaimQuery = z.object({ metric: z.string().optional() });

export default async function NewClaimPage({ searchParams }: Props) {
  const { metric: asked } = readUrlQuery(NewClaimQuery, await searchParams).data;
  await requireEditor(`/editor/claims/new${asked !== undefined ? `?metric=${asked}` : ''}`);
  const options = await loadClaimFormOptions();
  const metric = asked !== undefined ? await getMetricBySlug(asked) : null;
  const latestPerClaimant = metric
    ? ((await listLatestClaims([metric.id])).get(metric.slug) ?? [])
    : [];
  // Newest first. Editors follow a named source's series; an unattributed figure is rarely the one
  // the next figure continues, so it is the template only when nobody is named at all.
  const latest = latestPerClaimant.find((c) => c.claimant !== null) ?? latestPerClaimant[0];
  const sourceSlugs = new Map(options.sources.map((s) => [s.name, s.slug]));
  const defaults = latest ? prefillFromLatest(latest, sourceSlugs) : { metric: metric?.slug ?? '' };

  return (
    <section>
      <h1>Enter a figure</h1>
      {metric && (
        <p className="muted">
          For {metric.name}
          {latest
            ? `: claimant and attribution as in the latest figure; type the new number, date and link.`
            : '.'}
        </p>
      )}
      <ClaimForm
        action={createClaimAction}
        defaults={defaults}
        submitLabel="Save the figure"
        {...options}
      />
    </section>
  );
}
