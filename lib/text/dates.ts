const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A 'YYYY-MM-DD' day as a UTC Date, or null when it is not a real calendar day. */
function parseDay(isoDay: string): Date | null {
  const [, year, month, day] = (ISO_DAY.exec(isoDay) ?? []).map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  // setUTCFullYear, unlike Date.UTC, takes years 0 to 99 as they are, not as 1900 to 1999:
  // ClaimInput accepts every four-digit year, and each must be a day here too.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // A day past the month's end rolls over into the next month: a day that moves is not a day.
  const isSameDay =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isSameDay ? date : null;
}

/** Whether text is a real calendar day written 'YYYY-MM-DD': "2025-02-30" is not. */
export function isCalendarDay(text: string): boolean {
  return parseDay(text) !== null;
}

/**
 * '2025-03-09' shifted by `days` (negative for earlier), as 'YYYY-MM-DD'; null for a bad day, or
 * when the shift leaves the years 0000 to 9999 that a day can be written in.
 */
export function shiftDay(isoDay: string, days: number): string | null {
  const date = parseDay(isoDay);
  if (!date) return null;
  date.setUTCDate(date.getUTCDate() + days);
  const year = date.getUTCFullYear();
  return year >= 0 && year <= 9999 ? date.toISOString().slice(0, 10) : null;
}
