import { MONTH_NAMES, WEEKDAY_NAMES, monthNumber, weekdayNumber } from '@/lib/text/calendar-names';
import { isCalendarDay, shiftDay } from '@/lib/text/dates';

// Month names are matched capitalised only: "may" and "march" are also verbs. Full names come
// first, and "Sept" before "Sep", so the longest written form wins.
const MONTH_FORMS = [
  ...MONTH_NAMES,
  'Sept',
  ...MONTH_NAMES.map((name) => name.slice(0, 3)).filter((short) => short !== 'May'),
];
export const MONTH = String.raw`(?:${MONTH_FORMS.join('|')})\.?`;
export const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})`;
/** "7 October 2023", "7th of October", "Oct. 7, 2023", "October 7": a calendar date. */
export const DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?:,?\s+\d{4})?|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2})`;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The ISO day a written date means. Without a year, it is the latest such day on or before the
 * publication date ("7 January" in a text of 8 January 2024 is 2024-01-07, in one of 6 January
 * 2024 it is 2023-01-07); null when that cannot be known or the day does not exist.
 */
export function resolveDate(
  written: string,
  published: string | undefined,
  fallback: { month?: number; year?: number } = {},
): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(written)) return isCalendarDay(written) ? written : null;
  const day = Number(/\d{1,2}(?!\d)/.exec(written.replace(/\d{4}/, ''))?.[0] ?? NaN);
  const monthName = new RegExp(MONTH).exec(written)?.[0];
  const month = monthName ? monthNumber(monthName) : fallback.month;
  const year = Number(/\d{4}/.exec(written)?.[0] ?? NaN) || fallback.year;
  if (!month || !Number.isFinite(day)) return null;
  if (year) {
    const day_ = `${year}-${pad(month)}-${pad(day)}`;
    return isCalendarDay(day_) ? day_ : null;
  }
  if (!published) return null;
  const publishedYear = Number(published.slice(0, 4));
  const sameYear = `${publishedYear}-${pad(month)}-${pad(day)}`;
  const candidate =
    sameYear <= published ? sameYear : `${publishedYear - 1}-${pad(month)}-${pad(day)}`;
  return isCalendarDay(candidate) ? candidate : null;
}

/** The month and year of an ISO day, for a date written without them ("between 6 and 7 January"). */
export function monthAndYear(iso: string): { month: number; year: number } {
  return { month: Number(iso.slice(5, 7)), year: Number(iso.slice(0, 4)) };
}

/**
 * A relative day ("Sunday", "yesterday", "today") against the publication date: a weekday is the
 * latest such day on or before it, since a Monday report "on Monday" means that same day.
 */
export function resolveRelativeDay(word: string, published: string | undefined): string | null {
  if (!published || !isCalendarDay(published)) return null;
  const key = word.toLowerCase();
  if (key === 'today') return published;
  if (key === 'yesterday') return shiftDay(published, -1);
  const weekday = weekdayNumber(key);
  if (weekday === null) return null;
  const publishedWeekday = new Date(`${published}T00:00:00Z`).getUTCDay();
  return shiftDay(published, -((publishedWeekday - weekday + 7) % 7));
}
