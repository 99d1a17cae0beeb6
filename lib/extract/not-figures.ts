import { DATE, MONTH } from './calendar';
import type { NumberToken } from './numbers';

type Span = { start: number; end: number };

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
  /(?:\+\d{1,4}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){2,}/g,
  /\bage(?:d|s)?\s+(?:of\s+)?(?:between\s+)?\d+(?:\s*(?:and|to|-|–|or|,)\s*\d+)*/gi,
];

const REFERENCE_BEFORE =
  /(?:\b(?:resolutions?|reports?|updates?|sitreps?|bulletins?|articles?|paragraphs?|sections?|chapters?|laws?|decrees?|no|nos|number|issues?|volumes?|vol|pages?|annex|items?|cases?|files?|ref|reference|releases?|protocols?|codes?|flights?|routes?|highways?|roads?|buildings?|blocks?|camps?|gates?|platforms?|phases?|versions?|levels?|rooms?|floors?|plots?|units?|convention|brigades?|divisions?|battalions?)\.?\s*(?:no\.?\s*|number\s*)?|#\s*)$/i;
const AGE_AFTER =
  /^\s*-?\s*(?:years?|yrs?|months?|weeks?|days?)[- ]old|^\s+years?\s+(?:old|of age)/i;
const POSSESSIVE_BEFORE = /\b(?:his|her|their|its|my|our|your)\s+$/i;
const MONEY_BEFORE = /(?:US\$|\$|€|£|¥|\b(?:USD|EUR|GBP|ILS|NIS|SYP))\s*$/;
const MONEY_AFTER =
  /^\s*(?:(?:million|billion)\s+)?(?:dollars|euros|pounds|shekels|riyals|dinars|liras?|yuan|rupees)\b/i;
const TIME_AFTER = /^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|GMT|UTC|o'clock)/i;

function maskedSpans(sentence: string): Span[] {
  return MASKS.flatMap((mask) =>
    [...sentence.matchAll(mask)]
      // A phone number has at least seven digits; "10 20 30" casualties in a list have fewer.
      .filter((m) => mask !== MASKS[5] || (m[0].match(/\d/g)?.length ?? 0) >= 7)
      .map((m) => ({ start: m.index, end: m.index + m[0].length })),
  );
}

/**
 * The numbers of a sentence that may be counts: dates, times, phone numbers, ages, money,
 * references ("Resolution 2334", "Flash Update #12"), years and possessed numbers ("his two
 * sons") are left out.
 */
export function countableNumbers(sentence: string, tokens: NumberToken[]): NumberToken[] {
  const masks = maskedSpans(sentence);
  return tokens.filter((token) => {
    if (masks.some((m) => token.start < m.end && token.end > m.start)) return false;
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
