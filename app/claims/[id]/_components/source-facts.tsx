import { ClaimantName } from '@/app/_components/attribution';
import type { ClaimRow } from '@/lib/claims/claim-row';
import { APPEARANCES_ID } from './appearance-list';
import { ExternalLink } from './external-link';
import styles from '@/app/claims/[id]/page.module.css';

/**
 * Who made the claim, who relayed it, and where it was published, with the links to check it. Of
 * a claim seen in several documents, the first; the list of appearances has them all.
 */
export function SourceFacts({ claim }: { claim: ClaimRow }) {
  const isSeveral = claim.appearance_count > 1;
  const documentName = claim.title ?? claim.publisher ?? claim.url ?? 'untitled document';
  const documentDetails = [claim.byline, claim.title ? claim.publisher : null].filter(Boolean);
  return (
    <dl className={styles.facts}>
      <dt>Claimant</dt>
      <dd>
        <ClaimantName claim={claim} />
        {claim.claimant_description && (
          <span className="muted"> ({claim.claimant_description})</span>
        )}
      </dd>
      {claim.via && (
        <>
          <dt>Relayed by</dt>
          <dd>{claim.via}</dd>
        </>
      )}
      <dt>{isSeveral ? 'First document' : 'Document'}</dt>
      <dd>
        {documentName}
        {documentDetails.length > 0 && (
          <span className="muted"> ({documentDetails.join(', ')})</span>
        )}
        {isSeveral && (
          <>
            {' '}
            <a href={`#${APPEARANCES_ID}`}>and {claim.appearance_count - 1} more</a>
          </>
        )}
      </dd>
      <dt>Link</dt>
      <dd>
        {claim.url ? (
          <ExternalLink href={claim.url} />
        ) : (
          <span className="muted">no link recorded</span>
        )}
      </dd>
      <dt>Archived copy</dt>
      <dd>
        {claim.archive_url ? (
          <ExternalLink href={claim.archive_url} />
        ) : (
          <span className="muted">none recorded</span>
        )}
      </dd>
      {claim.notes && (
        <>
          <dt>Notes</dt>
          <dd>{claim.notes}</dd>
        </>
      )}
    </dl>
  );
}
