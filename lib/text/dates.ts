const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A 'YYYY-MM-DD' day as a UTC Date, or null when it is not a real calendar day. */
function parseDay(isoDay: string): Date | null {
  const [, year, month, day] = (ISO_DAY.exec(isoDay) ?? []).map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 February over into March, and reads year 0050 as 1950: a day that moves
  // is not a day.
  const isSameDay =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isSameDay ? date : null;
}

/** Whether text is a real calendar day written 'YYYY-MM-DD': "2025-02-30" is not. */
export function isCalendarDay(text: string): boolean {
  return parseDay(text) !== null;
}

/** '2025-03-09' shifted by `days` (negative for earlier), as 'YYYY-MM-DD'; null for a bad day. */
export function shiftDay(isoDay: string, days: number): string | null {
  const date = parseDay(isoDay);
  if (!date) return null;
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
