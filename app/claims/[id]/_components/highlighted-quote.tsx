import { MarkedQuoteText } from '@/app/_components/marked-quote';
import { markQuote } from '@/lib/claims/rules/quote-marks';
import { formatNumber } from '@/lib/text/format';
import type { ClaimRow } from '@/lib/claims/claim-row';
import styles from '@/app/claims/[id]/page.module.css';

/** The verbatim quote as text, with the claimed number (both ends of a range) marked. */
export function HighlightedQuote({
  claim,
}: {
  claim: Pick<ClaimRow, 'quote' | 'value' | 'qualifier' | 'high'>;
}) {
  if (!claim.quote) {
    return <p className="unattributed">No quote was recorded for this figure.</p>;
  }
  const { parts, missing } = markQuote({ ...claim, quote: claim.quote });
  return (
    <>
      <blockquote className={styles.quote}>
        <MarkedQuoteText parts={parts} />
      </blockquote>
      {missing.length > 0 && (
        <p className={styles.missing}>
          The quote does not contain {missing.map(formatNumber).join(' or ')} in any common written
          form.
        </p>
      )}
    </>
  );
}
