import { describe, expect, test } from 'vitest';
import { isCalendarDay, shiftDay } from '@/lib/text/dates';

describe('isCalendarDay', () => {
  const cases: [string, boolean][] = [
    ['2025-03-09', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-13-01', false],
    ['2025-3-9', false],
    ['0050-01-01', true],
    ['0000-02-29', true],
    ['0100-02-29', false],
    ['9 March 2025', false],
  ];
  test.each(cases)('"%s": %s', (text, expected) => {
    expect(isCalendarDay(text)).toBe(expected);
  });
});

describe('shiftDay', () => {
  const cases: [string, number, string | null][] = [
    ['2025-03-09', 7, '2025-03-16'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-03-09', -7, '2025-03-02'],
    ['2024-12-29', 7, '2025-01-05'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-02-30', 1, null],
    ['0050-03-01', -1, '0050-02-28'],
    ['9999-12-31', 1, null],
    ['0000-01-01', -1, null],
  ];
  test.each(cases)('%s shifted by %d is %s', (day, days, expected) => {
    expect(shiftDay(day, days)).toBe(expected);
  });
});
