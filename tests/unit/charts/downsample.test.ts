import { describe, expect, test } from 'vitest';
import { downsampleSeries, seriesCap } from '@/lib/charts/downsample';

const identity = (n: number) => n;

describe('downsampleSeries', () => {
  test('keeps a short series whole', () => {
    expect(downsampleSeries([3, 1, 2], 5, identity)).toEqual([3, 1, 2]);
  });

  test('keeps the first, last, minimum and maximum points in order', () => {
    const points = [5, 6, 7, -40, 8, 9, 99, 10, 11, 12];
    expect(downsampleSeries(points, 4, identity)).toEqual([5, -40, 99, 12]);
  });

  test('keeps flagged points before filler', () => {
    const points = Array.from({ length: 100 }, (_, i) => i);
    const kept = downsampleSeries(points, 5, identity, (n) => n === 37);
    expect(kept).toEqual(expect.arrayContaining([0, 37, 99]));
    expect(kept).toHaveLength(5);
  });

  test('never exceeds the cap, even with more flagged points than room', () => {
    const points = Array.from({ length: 10_000 }, (_, i) => i % 7);
    const kept = downsampleSeries(points, 1500, identity, () => true);
    expect(kept).toHaveLength(1500);
  });

  test('fills the cap with evenly spaced points of a long series', () => {
    const points = Array.from({ length: 10_000 }, (_, i) => i);
    const kept = downsampleSeries(points, 1500, identity);
    expect(kept).toHaveLength(1500);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(9999);
    const gaps = kept.slice(1).map((n, i) => n - (kept[i] ?? Number.NaN));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(8);
  });
});

describe('seriesCap', () => {
  test.each([
    [1, 1500],
    [2, 1500],
    [3, 1000],
    [20, 150],
  ])('%d series get %d points each', (count, cap) => {
    expect(seriesCap(count)).toBe(cap);
  });
});

describe('downsampleSeries with a series flagged throughout', () => {
  test('keeps its whole course, not only its first flagged stretch', () => {
    const points = Array.from({ length: 10_000 }, (_, i) => i);
    const kept = downsampleSeries(points, 1500, identity, () => true);
    expect(kept).toHaveLength(1500);
    expect(kept.filter((n) => n > 9000).length).toBeGreaterThan(100);
  });
});
