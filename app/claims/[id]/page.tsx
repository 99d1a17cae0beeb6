import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ClaimValue } from '@/app/_components/claim-value';
import { FlagList } from '@/app/_components/flag-list';
import { parseId } from '@/lib/api/responses';
import { attributionSentence } from '@/lib/claims/rules/attribution';
import { type ClaimPage as ClaimPageData, getClaimPage } from '@/lib/server/claims/claim-page';
import { CLAIM_STATUS_LABELS, capitalised } from '@/lib/labels';
import { qualifiedValueInWords } from '@/lib/text/format';
import { flagsByClaimForMetric } from '@/lib/server/claims/metric-flags';
import { getMetricBySlug } from '@/lib/server/metrics/queries';
import { FigureFacts } from './_components/figure-facts';
import { HighlightedQuote } from './_components/highlighted-quote';
import { NearbyClaims } from './_components/nearby-claims';
import { RetractionBanner } from './_components/retraction-banner';
import { RevisionHistory } from './_components/revision-history';
import { SourceFacts } from './_components/source-facts';
import styles from './page.module.css';

type Props = { params: Promise<{ id: string }> };

// generateMetadata and the page both need the claim: cache() runs the queries once per request.
const loadClaimPage = cache(async (rawId: string): Promise<ClaimPageData> => {
  const id = parseId(rawId);
  const page = id === null ? null : await getClaimPage(id);
  if (!page) notFound();
  return page;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { claim } = await loadClaimPage((await params).id);
  const retracted =
    claim.status === 'retracted' ? `${capitalised(CLAIM_STATUS_LABELS.retracted)}: ` : '';
  return { title: `${retracted}${qualifiedValueInWords(claim)} — ${claim.metric_name}` };
}

export default async function ClaimPage({ params }: Props) {
  const { claim, enteredAt, enteredBy, nearby, revisions } = await loadClaimPage((await params).id);
  const attribution = attributionSentence(claim);
  const metric = await getMetricBySlug(claim.metric);
  const flags =
    metric && claim.status === 'active'
      ? (await flagsByClaimForMetric(metric)).get(claim.id)
      : undefined;
  return (
    <article className={styles.claim}>
      {claim.status === 'retracted' && <RetractionBanner revisions={revisions} />}
      <p className="muted">
        <Link href={`/metrics/${claim.metric}`}>{claim.metric_name}</Link>
      </p>
      <h1>
        <ClaimValue claim={claim} /> {claim.unit}
      </h1>
      <p className={styles.sentence}>
        <span className={attribution.isUnattributed ? 'unattributed' : undefined}>
          {attribution.text}
        </span>
      </p>
      <HighlightedQuote claim={claim} />
      {flags && (
        <section aria-labelledby="checks-title" className={styles.checks}>
          <h2 id="checks-title">Consistency checks</h2>
          <FlagList flags={flags} />
        </section>
      )}
      <h2>Figure and dates</h2>
      <FigureFacts claim={claim} enteredAt={enteredAt} enteredBy={enteredBy} />
      <h2>Source</h2>
      <SourceFacts claim={claim} />
      <NearbyClaims claim={claim} nearby={nearby} />
      <RevisionHistory revisions={revisions} />
      {claim.status === 'active' && (
        <p>
          <Link href={`/editor/claims/${claim.id}/edit`}>Correct or retract this figure</Link>{' '}
          <span className="muted">(editors)</span>
        </p>
      )}
    </article>
  );
}
