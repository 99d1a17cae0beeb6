import { describe, expect, test } from 'vitest';
import {
  formatFullDay,
  formatInstant,
  formatLongDay,
  isCalendarDay,
  shiftDay,
} from '@/lib/text/dates';

describe('isCalendarDay', () => {
  const cases: [string, boolean][] = [
    ['2025-03-09', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-13-01', false],
    ['2025-3-9', false],
    ['0050-01-01', false],
    ['9 March 2025', false],
  ];
  test.each(cases)('"%s": %s', (text, expected) => {
    expect(isCalendarDay(text)).toBe(expected);
  });
});

describe('day formats', () => {
  const cases: [string, string, string][] = [
    ['2025-03-09', '9 March 2025', 'Sunday 9 March 2025'],
    ['2023-10-07', '7 October 2023', 'Saturday 7 October 2023'],
    ['2025-02-30', '2025-02-30', '2025-02-30'],
  ];
  test.each(cases)('%s → "%s", "%s"', (day, full, long) => {
    expect(formatFullDay(day)).toBe(full);
    expect(formatLongDay(day)).toBe(long);
  });

  test('an instant reads in UTC, to the minute', () => {
    expect(formatInstant('2025-03-10T14:03:59Z')).toBe('Monday 10 March 2025, 14:03 UTC');
  });
});

describe('shiftDay', () => {
  const cases: [string, number, string | null][] = [
    ['2025-03-09', 7, '2025-03-16'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-02-30', 1, null],
  ];
  test.each(cases)('%s shifted by %d is %s', (day, days, expected) => {
    expect(shiftDay(day, days)).toBe(expected);
  });
});
