import { describe, expect, test } from 'vitest';
import { timeTicks } from '@/lib/charts/time-axis';

const at = (day: string) => Date.parse(`${day}T00:00:00Z`);
const labels = (start: string, end: string, count: number) =>
  timeTicks([at(start), at(end)], count).map((t) => t.label);

describe('timeTicks', () => {
  test.each<[string, string, string, number, string[]]>([
    ['a lone day, inside the ends', '2025-03-08', '2025-03-10', 6, ['9 Mar']],
    ['a few days: every day', '2025-03-07', '2025-03-11', 6, ['8 Mar', '9 Mar', '10 Mar']],
    ['a month: Mondays', '2025-01-01', '2025-01-31', 6, ['6 Jan', '13 Jan', '20 Jan', '27 Jan']],
    [
      'two months: every other Monday',
      '2025-01-01',
      '2025-03-01',
      6,
      ['6 Jan', '20 Jan', '3 Feb', '17 Feb'],
    ],
    [
      'a year: the first of every other month',
      '2023-12-31',
      '2024-12-30',
      6,
      ['Jan 2024', 'Mar 2024', 'May 2024', 'Jul 2024', 'Sep 2024', 'Nov 2024'],
    ],
    [
      'a year on a narrow chart: quarters',
      '2024-02-15',
      '2025-02-15',
      5,
      ['Apr 2024', 'Jul 2024', 'Oct 2024', 'Jan 2025'],
    ],
    ['six years: even years', '2019-06-01', '2025-06-01', 6, ['2020', '2022', '2024']],
  ])('%s', (_, start, end, count, expected) => {
    expect(labels(start, end, count)).toEqual(expected);
  });

  test('ticks fall on UTC midnight of their day', () => {
    expect(timeTicks([at('2025-03-08') - 3_600_000, at('2025-03-09') + 3_600_000], 6)).toEqual([
      { x: at('2025-03-08'), label: '8 Mar' },
      { x: at('2025-03-09'), label: '9 Mar' },
    ]);
  });
});
