import { describe, expect, test } from 'vitest';
import { type SparkPoint, sparklineGeometry } from '@/lib/charts/sparkline';

const at = (asOf: string, value: number): SparkPoint => ({ asOf, value });

// The default box is 120×32 with 3 units of padding: x runs 3–117 and y 29 (lowest) to 3 (highest).
describe('sparklineGeometry', () => {
  test.each<[string, SparkPoint[], string, { x: number; y: number }]>([
    [
      'a flat series sits on the middle line',
      [at('2025-03-01', 5), at('2025-03-03', 5), at('2025-03-05', 5)],
      '3,16 60,16 117,16',
      { x: 117, y: 16 },
    ],
    [
      'a rising pair spans the box from bottom left to top right',
      [at('2025-03-01', 0), at('2025-03-02', 10)],
      '3,29 117,3',
      { x: 117, y: 3 },
    ],
    [
      'a falling pair spans it from top left to bottom right',
      [at('2025-03-01', 48450), at('2025-03-20', 48000)],
      '3,3 117,29',
      { x: 117, y: 29 },
    ],
    [
      'x follows the dates, so an uneven gap stays uneven',
      [at('2025-03-01', 10), at('2025-03-02', 20), at('2025-03-11', 30)],
      '3,29 14.4,16 117,3',
      { x: 117, y: 3 },
    ],
    [
      'coordinates are rounded to two decimals',
      [at('2025-03-01', 1), at('2025-03-02', 2), at('2025-03-08', 3)],
      '3,29 19.29,16 117,3',
      { x: 117, y: 3 },
    ],
    [
      'days are counted across a year boundary',
      [at('2024-12-31', 1), at('2025-01-01', 2), at('2025-01-02', 3)],
      '3,29 60,16 117,3',
      { x: 117, y: 3 },
    ],
    [
      'figures given in any order are drawn by date',
      [at('2025-03-02', 10), at('2025-03-01', 0)],
      '3,29 117,3',
      { x: 117, y: 3 },
    ],
    [
      'figures of a single day sit on the middle column, in the order given',
      [at('2025-03-09', 100), at('2025-03-09', 200)],
      '60,29 60,3',
      { x: 60, y: 3 },
    ],
  ])('%s', (_, points, expected, last) => {
    expect(sparklineGeometry(points)).toEqual({
      kind: 'line',
      viewBox: '0 0 120 32',
      points: expected,
      last,
    });
  });

  test.each<[string, SparkPoint[], string]>([
    ['an exact figure', [at('2025-03-09', 1000)], '1,000'],
    [
      'a hedged figure, with its hedge',
      [{ asOf: '2025-03-10', value: 48450, qualifier: 'at_least' }],
      'at least 48,450',
    ],
    [
      'a range, as its two ends',
      [{ asOf: '2025-03-10', value: 10, qualifier: 'range', high: 20 }],
      '10–20',
    ],
    [
      'the same figure given twice on one day',
      [at('2025-03-09', 745), at('2025-03-09', 745)],
      '745',
    ],
  ])('a single figure is a point with its value: %s', (_, points, text) => {
    expect(sparklineGeometry(points)).toEqual({ kind: 'point', text });
  });

  test("a single figure's hedge is worded for its unit", () => {
    const points = [{ asOf: '2025-03-10', value: 20, qualifier: 'less_than' as const }];
    expect(sparklineGeometry(points)).toEqual({ kind: 'point', text: 'fewer than 20' });
    expect(sparklineGeometry(points, { unit: 'tonnes' })).toEqual({
      kind: 'point',
      text: 'less than 20',
    });
  });

  test('draws nothing for no points', () => {
    expect(sparklineGeometry([])).toBeNull();
  });

  test('fills a box of another size edge to edge when it has no padding', () => {
    const points = [at('2025-01-01', 30), at('2025-01-03', 20), at('2025-01-05', 10)];
    expect(sparklineGeometry(points, { box: { width: 100, height: 20, padding: 0 } })).toEqual({
      kind: 'line',
      viewBox: '0 0 100 20',
      points: '0,0 50,10 100,20',
      last: { x: 100, y: 20 },
    });
  });
});
