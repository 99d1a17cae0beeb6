import type { ClaimRow } from '@/lib/claims/claim-row';
import { type QualifiedValue, figureInterval } from './intervals';
import { type TextSpan, findNumberInText } from './number-forms';

/** A run of the quote: the claimed number (marked wherever it is shown) or the words around it. */
export type QuotePart = { text: string; isFigure: boolean };

export type MarkedQuote = {
  parts: QuotePart[];
  /** The claimed numbers that appear in no common written form in the quote. */
  missing: number[];
  /** Whether words were left out before or after the excerpt. */
  isCutBefore: boolean;
  isCutAfter: boolean;
};

type QuotedFigure = QualifiedValue & Pick<ClaimRow, 'quote'>;

// Of an excerpt's room, the share given to the words before the number: a reader needs who is
// counted and how (usually before it) more than what follows.
const SHARE_BEFORE = 0.6;

/**
 * The numbers a figure states, which its quote must write: both ends of a range (once, if they are
 * equal), else its value. The quote check and the marking of quotes both read it.
 */
export function statedNumbers(figure: QualifiedValue): number[] {
  const { high } = figureInterval(figure);
  return figure.qualifier === 'range' && high !== null && high !== figure.value
    ? [figure.value, high]
    : [figure.value];
}

/** The quote cut at each span; spans that overlap an earlier one are dropped. */
function splitAtSpans(text: string, spans: TextSpan[]): QuotePart[] {
  const parts: QuotePart[] = [];
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

/** Moves a cut back to the start of the word it falls in, so no word is shown in half. */
function wordStart(text: string, at: number): number {
  const before = text.slice(0, at).search(/\S+$/);
  return at > 0 && before >= 0 && /\S/.test(text[at] ?? '') ? before : at;
}

/** Moves a cut forward to the end of the word it falls in. */
function wordEnd(text: string, at: number): number {
  const rest = /^\S+/.exec(text.slice(at));
  return at > 0 && /\S/.test(text[at - 1] ?? '') && rest ? at + rest[0].length : at;
}

/**
 * The quote with the claimed number marked (both ends of a range). With `maxChars`, a long quote is
 * cut to about that many characters around the numbers, at word boundaries, so that a card shows
 * the number it cites rather than the start of the sentence; the claim page shows it all. A range
 * whose ends lie far apart is shown as two excerpts joined by an ellipsis.
 */
export function markQuote(claim: QuotedFigure & { quote: string }, maxChars?: number): MarkedQuote {
  const quote = claim.quote;
  const found = statedNumbers(claim).map((figure) => ({
    figure,
    span: findNumberInText(quote, figure),
  }));
  const spans = found
    .flatMap(({ span }) => (span ? [span] : []))
    .toSorted((a, b) => a.start - b.start);
  const missing = found.filter(({ span }) => span === null).map(({ figure }) => figure);
  if (maxChars === undefined || quote.length <= maxChars) {
    return { parts: splitAtSpans(quote, spans), missing, isCutBefore: false, isCutAfter: false };
  }
  const [first, last] = [spans[0], spans.at(-1)];
  const isFarApart = first && last && last.end - first.start > maxChars;
  const windows = isFarApart
    ? [excerptWindow(quote, [first], maxChars / 2), excerptWindow(quote, [last], maxChars / 2)]
    : [excerptWindow(quote, spans, maxChars)];
  const parts = windows.flatMap(([from, to], index) => {
    const inside = spans
      .filter((span) => span.start >= from && span.end <= to)
      .map((span) => ({ start: span.start - from, end: span.end - from }));
    const gap = index > 0 ? [{ text: ' … ', isFigure: false }] : [];
    return [...gap, ...splitAtSpans(quote.slice(from, to), inside)];
  });
  return {
    parts,
    missing,
    isCutBefore: (windows[0]?.[0] ?? 0) > 0,
    isCutAfter: (windows.at(-1)?.[1] ?? quote.length) < quote.length,
  };
}

/** Where to cut about `maxChars` of the quote around the spans (from its start without any). */
function excerptWindow(quote: string, spans: TextSpan[], maxChars: number): [number, number] {
  const first = Math.min(...spans.map((span) => span.start), quote.length);
  const last = Math.max(...spans.map((span) => span.end), 0);
  const room = Math.max(0, maxChars - (last - first));
  let start = spans.length === 0 ? 0 : Math.max(0, first - Math.round(room * SHARE_BEFORE));
  const end = Math.min(quote.length, Math.max(last, start + maxChars));
  start = Math.max(0, Math.min(start, end - maxChars));
  return trimmed(quote, wordStart(quote, start), wordEnd(quote, end));
}

/** The cut without the spaces at its ends, so the ellipses sit against words. */
function trimmed(text: string, from: number, to: number): [number, number] {
  const slice = text.slice(from, to);
  const leading = slice.length - slice.trimStart().length;
  const trailing = slice.length - slice.trimEnd().length;
  return [from + leading, Math.max(from + leading, to - trailing)];
}
