import type { AppearanceJson } from '@/lib/api/response-schemas';
import { attributionSentence } from '@/lib/claims/rules/attribution';
import type { ClaimRow } from '@/lib/claims/claim-row';
import { formatInstant } from '@/lib/text/format';
import { ExternalLink } from './external-link';
import { HighlightedQuote } from './highlighted-quote';
import styles from '@/app/claims/[id]/page.module.css';

/** The anchor the page's note on appearances links to. */
export const APPEARANCES_ID = 'appearances';

/**
 * Every document the claim appeared in, the first one first and marked: who said it there and
 * through whom, in the document's own words with the number marked, and when it was entered. A
 * claim seen in one document has its document in the Source facts instead.
 */
export function AppearanceList({
  claim,
  appearances,
}: {
  claim: ClaimRow;
  appearances: AppearanceJson[];
}) {
  if (appearances.length < 2) return null;
  return (
    <section aria-labelledby={APPEARANCES_ID}>
      <h2 id={APPEARANCES_ID}>Appeared in {appearances.length} documents</h2>
      <ol className={styles.list}>
        {appearances.map((appearance) => (
          <li key={appearance.document_id} className={styles.item}>
            <Appearance claim={claim} appearance={appearance} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function Appearance({ claim, appearance }: { claim: ClaimRow; appearance: AppearanceJson }) {
  // The claim's figure and claimant, with this document's relay, attribution and words. A note
  // that a date was inferred is about the stated date, or else about the first document's date.
  const isNoteAboutIt = appearance.first || claim.stated_on !== null;
  const seen = { ...claim, ...appearance, notes: isNoteAboutIt ? claim.notes : null };
  const attribution = attributionSentence(seen);
  return (
    <>
      {appearance.first && (
        <p className={styles.itemHead}>
          <span className={`${styles.badge} ${styles.first}`}>first appearance</span>
        </p>
      )}
      <p className={attribution.isUnattributed ? 'unattributed' : undefined}>{attribution.text}</p>
      <HighlightedQuote claim={seen} />
      <p className={`muted ${styles.itemFoot}`}>
        {appearance.url && <ExternalLink href={appearance.url}>Link</ExternalLink>}
        {appearance.archive_url && (
          <ExternalLink href={appearance.archive_url}>Archived copy</ExternalLink>
        )}
        <span>Entered {formatInstant(appearance.entered_at)}</span>
      </p>
    </>
  );
}
