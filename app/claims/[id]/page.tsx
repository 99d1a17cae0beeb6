import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
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
import { APPEARANCES_ID, AppearanceList } from './_components/appearance-list';
import { DocumentHistory } from './_components/document-history';
import { FigureFacts } from './_components/figure-facts';
import { HighlightedQuote } from './_components/highlighted-quote';
import { NearbyClaims } from './_components/nearby-claims';
import { RetractionBanner } from './_components/retraction-banner';
import { RevisionHistory } from './_components/revision-history';
import { SourceFacts } from './_components/source-facts';
import styles from './page.module.css';

type Props = { params: Promise<{ id: string }> };

// generateMetadata and the page both need the claim: cache() runs the queries once per request.
// A claim merged into another as an exact duplicate lives on there, and so does its address.
const loadClaimPage = cache(async (rawId: string): Promise<ClaimPageData> => {
  const id = parseId(rawId);
  const page = id === null ? null : await getClaimPage(id);
  if (!page) notFound();
  if (page.mergedInto !== null) permanentRedirect(`/claims/${page.mergedInto}`);
  return page;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { claim } = await loadClaimPage((await params).id);
  const retracted =
    claim.status === 'retracted' ? `${capitalised(CLAIM_STATUS_LABELS.retracted)}: ` : '';
  return { title: `${retracted}${qualifiedValueInWords(claim)} — ${claim.metric_name}` };
}

export default async function ClaimPage({ params }: Props) {
  const { claim, enteredAt, enteredBy, appearances, mergedFrom, nearby, revisions } =
    await loadClaimPage((await params).id);
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
      {appearances.length > 1 && (
        <p className="muted">
          From the first of the {appearances.length} documents it appeared in.{' '}
          <a href={`#${APPEARANCES_ID}`}>See every document</a>
        </p>
      )}
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
      <AppearanceList claim={claim} appearances={appearances} />
      <NearbyClaims claim={claim} nearby={nearby} />
      <RevisionHistory revisions={revisions} mergedFrom={mergedFrom} />
      <DocumentHistory claimId={claim.id} />
      {claim.status === 'active' && (
        <p>
          <Link href={`/editor/claims/${claim.id}/edit`}>Correct or retract this figure</Link>{' '}
          <span className="muted">(editors)</span>
        </p>
      )}
    </article>
  );
}
