import type { Qualifier } from '@/db/schema';
import type { Interval } from '@/lib/claims/rules/intervals';
import { shortMonthName } from '@/lib/text/calendar-names';
import { isCalendarDay } from '@/lib/text/dates';
import { QUALIFIER_HEDGES } from '@/lib/labels';

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** 48450 → "48,450". */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/**
 * The words a qualifier puts before a figure, as a reader says them: "over", "up to", "fewer than"
 * for people and "less than" for amounts. Null for an exact figure or a range, worded otherwise.
 */
export function hedgeWords(qualifier: Qualifier, unit = 'people'): string | null {
  switch (qualifier) {
    case 'exact':
    case 'range':
      return null;
    case 'less_than':
      return unit === 'people' ? 'fewer than' : 'less than';
    default:
      return QUALIFIER_HEDGES[qualifier];
  }
}

/** A figure with its hedge in words, as a reader would say it: "over 1,000", "nearly 150". */
export function qualifiedValueInWords(figure: {
  qualifier: Qualifier;
  value: number;
  high?: number | null;
  unit?: string;
}): string {
  const v = formatNumber(figure.value);
  if (figure.qualifier === 'range') {
    return figure.high == null ? `${v} or more` : `${v}–${formatNumber(figure.high)}`;
  }
  const hedge = hedgeWords(figure.qualifier, figure.unit);
  return hedge === null ? v : `${hedge} ${v}`;
}

/**
 * '2025-03-09' → "9 Mar 2025": the one way Tally shows a day, everywhere (day first, month in
 * letters, so no reader takes 03/09 for 3 September). Text that is not a calendar day comes back
 * unchanged.
 */
export function formatDay(isoDay: string): string {
  if (!isCalendarDay(isoDay)) return isoDay;
  const [year = 0, month = 0, day] = isoDay.split('-').map(Number);
  // Years before 1000 keep their four digits: "9 Mar 50" would read as 1950.
  return `${day} ${shortMonthName(month)} ${String(year).padStart(4, '0')}`;
}

/** An ISO instant → "10 Mar 2025, 14:03 UTC": one zone for every reader and server. */
export function formatInstant(isoInstant: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  const iso = date.toISOString();
  return `${formatDay(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`;
}

/** An interval for a reader: "1,005 to under 1,020", "more than 1,000", "at least 5". */
export function intervalInWords(interval: Interval): string {
  const { low, high, isLowOpen, isHighOpen } = interval;
  const from = low === null ? null : `${isLowOpen ? 'more than ' : ''}${formatNumber(low)}`;
  if (high === null) return from === null ? 'any number' : isLowOpen ? from : `at least ${from}`;
  const to = `${isHighOpen ? 'under ' : ''}${formatNumber(high)}`;
  if (low === high && !isLowOpen && !isHighOpen) return formatNumber(low);
  if (low === null || (low === 0 && !isLowOpen))
    return isHighOpen ? `under ${formatNumber(high)}` : `at most ${formatNumber(high)}`;
  return `${from} to ${to}`;
}
