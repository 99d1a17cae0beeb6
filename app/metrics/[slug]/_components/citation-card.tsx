'use client';

import { useEffect, useState } from 'react';
import type { PlotPoint, PlotSeries } from '@/lib/charts/metric-series';
import { formatDay, formatNumber } from '@/lib/text/format';
import { markQuote } from '@/lib/claims/rules/quote-marks';
import { MarkedQuoteText } from '@/app/_components/marked-quote';
import { SOURCE_KIND_LABELS } from '@/lib/labels';
import type { ClaimRow } from '@/lib/claims/claim-row';
import styles from '@/app/metrics/[slug]/page.module.css';

// The card quotes about this many characters around the number; the claim page has the whole quote.
const QUOTE_CHARS = 160;

type Props = { point: PlotPoint; series: PlotSeries; style: React.CSSProperties };

/** What a fact checker needs to judge a point at a glance; the claim page has the rest. */
export function CitationCard({ point, series, style }: Props) {
  const claim = useClaimSource(point.claimId);
  return (
    <div className={styles.citationCard} role="tooltip" style={style}>
      <p className={styles.citationValue}>{point.valueInWords}</p>
      <p>
        {series.isUnattributed ? (
          <span className="unattributed">unattributed: no source named</span>
        ) : (
          <>
            <strong>{series.label}</strong>
            {series.claimantKind && (
              <span className="muted"> ({SOURCE_KIND_LABELS[series.claimantKind]})</span>
            )}
            {typeof claim === 'object' && <span className="muted"> · {claim.attribution}</span>}
          </>
        )}
      </p>
      <p className="muted">
        As of {formatDay(point.asOf)}
        {typeof claim === 'object' && claim.stated_on && ` · stated ${formatDay(claim.stated_on)}`}
      </p>
      {claim === 'loading' && <p className="muted">Loading the source…</p>}
      {claim === 'failed' && <p className="muted">The source could not be loaded here.</p>}
      {typeof claim === 'object' && <SourceLines claim={claim} />}
      <a href={`/claims/${point.claimId}`}>Open the claim</a>
    </div>
  );
}

/**
 * The document and quote of the claim's first appearance (the API's top-level fields), saying so
 * when the claim appeared in more than one: "Appeared in 3 documents, first in …".
 */
function SourceLines({ claim }: { claim: ClaimRow }) {
  const byWhom = [claim.publisher, claim.byline].filter(Boolean).join(', ');
  const count = claim.appearance_count;
  return (
    <>
      <p className="citation-document">
        {count > 1 && `Appeared in ${formatNumber(count)} documents, first in `}
        {claim.title ?? claim.url}
        {byWhom && <span className="muted"> — {byWhom}</span>}
        {claim.published_on && <span className="muted">, {formatDay(claim.published_on)}</span>}
      </p>
      {claim.quote && (
        <p className={styles.citationQuote}>
          “<MarkedQuoteText {...markQuote({ ...claim, quote: claim.quote }, QUOTE_CHARS)} />”
        </p>
      )}
    </>
  );
}

// Claims already loaded, for the page's life: moving back over a point asks the server once.
const loaded = new Map<number, ClaimRow>();

/**
 * The claim's source (document, quote, attribution), loaded when its card opens: sending it with
 * every point would make a chart of 3,000 points several times heavier, for the few a reader opens.
 */
function useClaimSource(claimId: number): ClaimRow | 'loading' | 'failed' {
  const [result, setResult] = useState<{ claimId: number; claim: ClaimRow | 'failed' } | null>(
    null,
  );
  useEffect(() => {
    if (loaded.has(claimId)) return;
    const controller = new AbortController();
    fetch(`/api/claims/${claimId}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((body: { claim: ClaimRow }) => {
        loaded.set(claimId, body.claim);
        setResult({ claimId, claim: body.claim });
      })
      .catch(() => {
        if (!controller.signal.aborted) setResult({ claimId, claim: 'failed' });
      });
    return () => controller.abort();
  }, [claimId]);
  return loaded.get(claimId) ?? (result?.claimId === claimId ? result.claim : 'loading');
}
