import type { QuotePart } from '@/lib/claims/rules/quote-marks';

type Props = { parts: QuotePart[]; isCutBefore?: boolean; isCutAfter?: boolean };

/** Quote text with the claimed number in a <mark>: the same marking on the claim page and cards. */
export function MarkedQuoteText({ parts, isCutBefore = false, isCutAfter = false }: Props) {
  return (
    <>
      {isCutBefore && '…'}
      {parts.map((part, i) =>
        part.isFigure ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
      {isCutAfter && '…'}
    </>
  );
}
