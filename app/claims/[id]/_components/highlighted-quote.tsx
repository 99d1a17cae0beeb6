import { formatNumber } from '@/lib/text/format';
import { type TextSpan, findNumberInText } from '@/lib/claims/rules/number-forms';
import type { ClaimRow } from '@/lib/claims/claim-row';
import styles from '@/app/claims/[id]/page.module.css';

type Part = { text: string; isFigure: boolean };

/** The quote cut at each span; spans that overlap an earlier one are dropped. */
function splitAtSpans(text: string, spans: TextSpan[]): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const span of spans.toSorted((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    parts.push({ text: text.slice(at, span.start), isFigure: false });
    parts.push({ text: text.slice(span.start, span.end), isFigure: true });
    at = span.end;
  }
  parts.push({ text: text.slice(at), isFigure: false });
  return parts.filter((part) => part.text !== '');
}

/** The verbatim quote as text, with the claimed number (both ends of a range) marked. */
export function HighlightedQuote({
  claim,
}: {
  claim: Pick<ClaimRow, 'quote' | 'value' | 'qualifier' | 'high'>;
}) {
  if (!claim.quote) {
    return <p className="unattributed">No quote was recorded for this figure.</p>;
  }
  const quote = claim.quote;
  const figures =
    claim.qualifier === 'range' && claim.high !== null ? [claim.value, claim.high] : [claim.value];
  const found = figures.map((figure) => ({ figure, span: findNumberInText(quote, figure) }));
  const spans = found.flatMap(({ span }) => (span ? [span] : []));
  const missing = found.filter(({ span }) => span === null).map(({ figure }) => figure);
  return (
    <>
      <blockquote className={styles.quote}>
        {splitAtSpans(quote, spans).map((part, i) =>
          part.isFigure ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
        )}
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
