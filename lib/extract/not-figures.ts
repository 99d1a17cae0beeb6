import { DATE, MONTH } from './calendar';
import type { NumberToken } from './numbers';
import { endPattern, lowerBound } from './scan';

type Span = { start: number; end: number };

const PHONE = /(?:\+\d{1,4}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){2,}/g;
// Spans that hold numbers but no count of anything: dates, times, phone numbers, ages.
const MASKS = [
  new RegExp(DATE, 'g'),
  new RegExp(
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:and|to|-|–)\s+(?=\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH})`,
    'g',
  ),
  new RegExp(String.raw`${MONTH}\s+\d{4}`, 'g'),
  /\b\d{1,4}[/.]\d{1,2}[/.]\d{2,4}\b/g,
  /\b\d{1,2}[:.]\d{2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|h\b|GMT|UTC)|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)|\b\d{4}\s*(?:GMT|UTC|hrs\b|hours GMT)/gi,
  PHONE,
  /\bage(?:d|s)?\s+(?:of\s+)?(?:between\s+)?\d+(?:\s*(?:and|to|-|–|or|,)\s*\d+)*/gi,
];

// Each reads the words just before a number (see scan.ts): reach is the most words and characters
// of a word cut short by the number that a match can take.
const REFERENCE_BEFORE = endPattern(
  /(?:\b(?:resolutions?|reports?|updates?|sitreps?|bulletins?|articles?|paragraphs?|sections?|chapters?|laws?|decrees?|no|nos|number|issues?|volumes?|vol|pages?|annex|items?|cases?|files?|ref|reference|releases?|protocols?|codes?|flights?|routes?|highways?|roads?|buildings?|blocks?|camps?|gates?|platforms?|phases?|versions?|levels?|rooms?|floors?|plots?|units?|convention|brigades?|divisions?|battalions?)\.?\s*(?:no\.?\s*|number\s*)?|#\s*)$/i,
  { words: 2, partial: 'resolutions.number'.length },
);
// One way to read the spaces around a dash: two \s* on either side of an optional dash would share
// a run of spaces in every way, quadratic in its length.
const AGE_AFTER =
  /^\s*(?:-\s*)?(?:years?|yrs?|months?|weeks?|days?)[- ]old|^\s+years?\s+(?:old|of age)/i;
const POSSESSIVE_BEFORE = endPattern(/\b(?:his|her|their|its|my|our|your)\s+$/i, {
  words: 1,
  partial: 0,
});
const MONEY_BEFORE = endPattern(/(?:US\$|\$|€|£|¥|\b(?:USD|EUR|GBP|ILS|NIS|SYP))\s*$/, {
  words: 1,
  partial: 3,
});
const MONEY_AFTER =
  /^\s*(?:(?:million|billion)\s+)?(?:dollars|euros|pounds|shekels|riyals|dinars|liras?|yuan|rupees)\b/i;
const TIME_AFTER = /^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|GMT|UTC|o'clock)/i;

// A phone number has at least seven digits; "10 20 30" casualties in a list have fewer.
const isPhoneNumber = (match: string): boolean => (match.match(/\d/g)?.length ?? 0) >= 7;

/** The spans masked in a sentence, sorted by start, each with the furthest end up to it. */
function maskedSpans(sentence: string): (Span & { reach: number })[] {
  const spans = MASKS.flatMap((mask) =>
    [...sentence.matchAll(mask)]
      .filter((m) => mask !== PHONE || isPhoneNumber(m[0]))
      .map((m) => ({ start: m.index, end: m.index + m[0].length })),
  ).sort((a, b) => a.start - b.start);
  let reach = -1;
  return spans.map((span) => {
    reach = Math.max(reach, span.end);
    return { ...span, reach };
  });
}

/** Whether a masked span overlaps a token: a span that starts before it ends and ends after it starts. */
function isMasked(masks: (Span & { reach: number })[], token: Span): boolean {
  const before = lowerBound(masks, token.end, (m) => m.start);
  return before > 0 && (masks[before - 1]?.reach ?? -1) > token.start;
}

/**
 * The numbers of a sentence that may be counts: dates, times, phone numbers, ages, money,
 * references ("Resolution 2334", "Flash Update #12"), years and possessed numbers ("his two
 * sons") are left out.
 */
export function countableNumbers(sentence: string, tokens: NumberToken[]): NumberToken[] {
  const masks = maskedSpans(sentence);
  return tokens.filter((token) => {
    if (isMasked(masks, token)) return false;
    const before = sentence.slice(0, token.start);
    const after = sentence.slice(token.end);
    const raw = sentence.slice(token.start, token.end);
    const isYear = /^\d{4}$/.test(raw) && token.value >= 1900 && token.value <= 2100;
    return !(
      isYear ||
      REFERENCE_BEFORE.test(before) ||
      AGE_AFTER.test(after) ||
      POSSESSIVE_BEFORE.test(before) ||
      MONEY_BEFORE.test(before) ||
      MONEY_AFTER.test(after) ||
      TIME_AFTER.test(after)
    );
  });
}
