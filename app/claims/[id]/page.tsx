import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Attribution } from '@/app/_components/attribution';
import { ClaimValue } from '@/app/_components/claim-value';
import { parseId } from '@/lib/api/responses';
import { formatDay, qualifiedValueInWords } from '@/lib/claims/format';
import { getClaim } from '@/lib/claims/queries';

type Props = { params: Promise<{ id: string }> };

async function loadClaim(params: Props['params']) {
  const id = parseId((await params).id);
  const claim = id === null ? null : await getClaim(id);
  if (!claim) notFound();
  return claim;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await loadClaim(params);
  return { title: `${qualifiedValueInWords(claim)} — ${claim.metric_name}` };
}

export default async function ClaimPage({ params }: Props) {
  const claim = await loadClaim(params);
  return (
    <article>
      <p className="muted">{claim.metric_name}</p>
      <h1>
        <ClaimValue claim={claim} /> {claim.unit}
      </h1>
      <p>
        <Attribution claim={claim} />
      </p>
      {claim.quote ? (
        <blockquote className="quote">{claim.quote}</blockquote>
      ) : (
        <p className="unattributed">No quote was recorded for this figure.</p>
      )}
      <dl className="facts">
        <dt>Claimant</dt>
        <dd>{claim.claimant ?? <span className="unattributed">no source named</span>}</dd>
        <dt>Document</dt>
        <dd>
          {claim.url ? <a href={claim.url}>{claim.title ?? claim.url}</a> : claim.title}
          {claim.byline && ` (${claim.byline})`}
          {claim.publisher && `, ${claim.publisher}`}
          {claim.published_on && `, ${formatDay(claim.published_on)}`}
        </dd>
        {claim.notes && (
          <>
            <dt>Notes</dt>
            <dd>{claim.notes}</dd>
          </>
        )}
      </dl>
    </article>
  );
}
