// The one table of month and weekday names. Hand-listed rather than Intl: en-GB output changes
// with the ICU version (September is "Sept" in current ICU, and tables need one width), and a
// calendar day must not pass through the server's time zone.

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Sunday first, as Date#getUTCDay counts. */
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** 3 → "March"; '' for a number that is no month. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? '';
}

/** 3 → "Mar": three letters for every month, September included. */
export function shortMonthName(month: number): string {
  return monthName(month).slice(0, 3);
}

/** The month (1–12) a name means, in full or cut short, any case: "Sept." and "march" → 9, 3. */
export function monthNumber(name: string): number | null {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  const index = MONTH_NAMES.findIndex((month) => month.toLowerCase().startsWith(key));
  return key.length === 3 && index >= 0 ? index + 1 : null;
}

/** The day of the week (0 is Sunday) a weekday's full name means, any case, or null. */
export function weekdayNumber(name: string): number | null {
  const index = WEEKDAY_NAMES.findIndex((day) => day.toLowerCase() === name.toLowerCase());
  return index >= 0 ? index : null;
}
