import { describe, expect, test } from 'vitest';
import { monthName, monthNumber, shortMonthName, weekdayNumber } from '@/lib/text/calendar-names';

describe('monthName and shortMonthName', () => {
  const cases: [number, string, string][] = [
    [1, 'January', 'Jan'],
    [3, 'March', 'Mar'],
    [5, 'May', 'May'],
    [9, 'September', 'Sep'],
    [12, 'December', 'Dec'],
    [0, '', ''],
    [13, '', ''],
  ];
  test.each(cases)('%d → %s, %s', (month, full, short) => {
    expect(monthName(month)).toBe(full);
    expect(shortMonthName(month)).toBe(short);
  });
});

describe('monthNumber', () => {
  const cases: [string, number | null][] = [
    ['January', 1],
    ['march', 3],
    ['Sept.', 9],
    ['Sep', 9],
    ['Oct.', 10],
    ['May', 5],
    ['Dec', 12],
    ['Ma', null],
    ['Smarch', null],
  ];
  test.each(cases)('"%s" → %s', (name, expected) => {
    expect(monthNumber(name)).toBe(expected);
  });
});

describe('weekdayNumber', () => {
  const cases: [string, number][] = [
    ['Sunday', 0],
    ['Monday', 1],
    ['Saturday', 6],
  ];
  test.each(cases)('%s is day %d', (name, day) => {
    expect(weekdayNumber(name)).toBe(day);
    expect(weekdayNumber(name.toLowerCase())).toBe(day);
  });

  test('a word that is no weekday has no number', () => {
    expect(weekdayNumber('Someday')).toBeNull();
    expect(weekdayNumber('Sun')).toBeNull();
  });
});
