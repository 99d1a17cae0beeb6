'use client';

import { formatDay } from '@/lib/claims/format';
import type { ChartPoint, ChartSeries } from '@/lib/charts/metric-series';
import type { CardDocument } from '@/lib/metrics/metric-page';

const KIND_NAMES: Record<string, string> = {
  monitor: 'monitor',
  government: 'government',
  ministry: 'ministry',
  armed_group: 'armed group',
  un_agency: 'UN agency',
  ngo: 'NGO',
  media: 'media',
  official: 'official',
  other: 'other',
};

type Props = {
  point: ChartPoint;
  series: ChartSeries;
  document: CardDocument | undefined;
  style: React.CSSProperties;
};

/** What a fact checker needs to judge a point at a glance; the claim page has the rest. */
export function CitationCard({ point, series, document, style }: Props) {
  const byWhom = [document?.publisher, document?.byline].filter(Boolean).join(', ');
  return (
    <div className="citation-card" role="tooltip" style={style}>
      <p className="citation-value">{point.valueInWords}</p>
      <p>
        {series.isUnattributed ? (
          <span className="unattributed">unattributed: no source named</span>
        ) : (
          <>
            <strong>{series.label}</strong>
            {series.claimantKind && (
              <span className="muted"> ({KIND_NAMES[series.claimantKind]})</span>
            )}
            <span className="muted"> · {point.attribution}</span>
          </>
        )}
      </p>
      <p className="muted">
        As of {formatDay(point.asOf)}
        {point.statedOn && ` · stated ${formatDay(point.statedOn)}`}
      </p>
      {document && (
        <p className="citation-document">
          {document.title ?? document.url}
          {byWhom && <span className="muted"> — {byWhom}</span>}
          {document.publishedOn && (
            <span className="muted">, {formatDay(document.publishedOn)}</span>
          )}
        </p>
      )}
      {point.quoteStart && <p className="citation-quote">“{firstWords(point.quoteStart)}”</p>}
      <a href={`/claims/${point.claimId}`}>Open the claim</a>
    </div>
  );
}

function firstWords(text: string, count = 18): string {
  const words = text.split(/\s+/);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : text;
}
