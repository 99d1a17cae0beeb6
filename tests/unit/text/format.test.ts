import { describe, expect, test } from 'vitest';
import {
  formatDay,
  formatInstant,
  intervalInWords,
  qualifiedValueInWords,
} from '@/lib/text/format';

describe('formatDay: the one way a day is shown', () => {
  const cases: [string, string][] = [
    ['2025-03-09', '9 Mar 2025'],
    ['2023-10-07', '7 Oct 2023'],
    ['2024-02-29', '29 Feb 2024'],
    ['2025-02-30', '2025-02-30'],
    ['9 March', '9 March'],
  ];
  test.each(cases)('%j → %j', (day, expected) => {
    expect(formatDay(day)).toBe(expected);
  });

  test('an instant reads in UTC, to the minute, with the same day format', () => {
    expect(formatInstant('2025-03-10T23:30:59.000Z')).toBe('10 Mar 2025, 23:30 UTC');
    expect(formatInstant('2025-03-10T23:30:00-02:00')).toBe('11 Mar 2025, 01:30 UTC');
    expect(formatInstant('not a time')).toBe('not a time');
  });
});

describe('figures in words', () => {
  const cases: [Parameters<typeof qualifiedValueInWords>[0], string][] = [
    [{ qualifier: 'exact', value: 48450 }, '48,450'],
    [{ qualifier: 'more_than', value: 1000 }, 'over 1,000'],
    [{ qualifier: 'less_than', value: 20 }, 'fewer than 20'],
    [{ qualifier: 'less_than', value: 20, unit: 'tonnes' }, 'less than 20'],
    [{ qualifier: 'range', value: 10, high: 20 }, '10–20'],
  ];
  test.each(cases)('%j → %j', (figure, expected) => {
    expect(qualifiedValueInWords(figure)).toBe(expected);
  });

  test('an interval names its open ends', () => {
    expect(intervalInWords({ low: 135, high: 150, isLowOpen: false, isHighOpen: true })).toBe(
      '135 to under 150',
    );
    expect(intervalInWords({ low: 1000, high: null, isLowOpen: true, isHighOpen: false })).toBe(
      'more than 1,000',
    );
  });
});
