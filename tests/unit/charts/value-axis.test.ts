import { describe, expect, test } from 'vitest';
import {
  type AxisFigure,
  axisNote,
  roundStep,
  tickLabels,
  valueAxis,
} from '@/lib/charts/value-axis';

const exact = (value: number): AxisFigure => ({ value, low: value, high: value });
const about = (value: number): AxisFigure => ({ value, low: value * 0.9, high: value * 1.1 });
const atLeast = (value: number): AxisFigure => ({ value, low: value, high: null });
const range = (low: number, high: number): AxisFigure => ({ value: low, low, high });

describe('roundStep', () => {
  test.each<[number, boolean, number]>([
    [1, false, 1],
    [1.5, false, 2],
    [2.2, false, 2.5],
    [2.2, true, 5],
    [7, false, 10],
    [10, false, 10],
    [11, false, 20],
    [24, true, 25],
    [29.76, true, 50],
    [194.4, false, 200],
    [4400, false, 5000],
    [0.3, false, 0.5],
    [0.2, false, 0.2],
    [0.2, true, 1],
  ])('%d (whole: %s) → %d', (raw, isWhole, step) => {
    expect(roundStep(raw, isWhole)).toBe(step);
  });
});

describe('tickLabels', () => {
  test.each<[number[], string[]]>([
    [
      [48350, 48400, 48450],
      ['48,350', '48,400', '48,450'],
    ],
    [
      [0, 20000, 40000],
      ['0', '20,000', '40,000'],
    ],
    [
      [0, 1250000, 2500000],
      ['0', '1.25M', '2.5M'],
    ],
    [
      [1000000, 1000500],
      ['1,000,000', '1,000,500'],
    ],
    [
      [0, 2e9, 4e9],
      ['0', '2B', '4B'],
    ],
    [
      [0, 0.5, 1],
      ['0', '0.5', '1'],
    ],
    [
      [0, 0.004, 0.008, 0.012],
      ['0', '0.004', '0.008', '0.012'],
    ],
    [
      [12.475, 12.5, 12.525],
      ['12.475', '12.5', '12.525'],
    ],
    [
      [0.1, 0.2, 0.3],
      ['0.1', '0.2', '0.3'],
    ],
    [
      [1.495e15, 1.5e15],
      ['1,495,000,000,000,000', '1,500,000,000,000,000'],
    ],
    [
      [0, 5e14, 1e15],
      ['0', '500,000,000,000,000', '1,000,000,000,000,000'],
    ],
    [
      [0, 2.5e12, 5e12],
      ['0', '2.5T', '5T'],
    ],
    [
      [999000, 999500, 1000000],
      ['999,000', '999,500', '1,000,000'],
    ],
  ])('%j → %j', (ticks, labels) => {
    expect(tickLabels(ticks)).toEqual(labels);
  });
});

const values = (figures: AxisFigure[], isCumulative: boolean) =>
  valueAxis(figures, isCumulative).ticks.map((t) => t.value);

describe('valueAxis', () => {
  test('a running total close together starts near its figures, at a round step', () => {
    const axis = valueAxis([exact(48524), exact(48400)], true);
    expect(axis.domain).toEqual([48350, 48550]);
    expect(axis.ticks).toEqual([
      { value: 48350, label: '48,350' },
      { value: 48400, label: '48,400' },
      { value: 48450, label: '48,450' },
      { value: 48500, label: '48,500' },
      { value: 48550, label: '48,550' },
    ]);
    expect(axis.startsAt).toBe(48350);
    expect(axisNote(axis)).toBe('The axis starts at 48,350, not zero, so that changes show.');
  });

  test('counts of one event start at zero however close their figures are', () => {
    const axis = valueAxis([exact(48524), exact(48400)], false);
    expect(axis.domain).toEqual([0, 60000]);
    expect(axis.ticks.map((t) => t.label)).toEqual(['0', '20,000', '40,000', '60,000']);
    expect(axis.startsAt).toBeNull();
    expect(axisNote(axis)).toBeNull();
  });

  test('a running total whose spread is a fifth of its top or more starts at zero', () => {
    expect(valueAxis([exact(800), exact(1000)], true).domain).toEqual([0, 1250]);
    expect(valueAxis([exact(801), exact(1000)], true).domain).toEqual([750, 1050]);
    expect(values([exact(1000), exact(1500)], true)).toEqual([0, 500, 1000, 1500, 2000]);
  });

  test('a single figure, or figures all equal, has no change to show and starts at zero', () => {
    expect(valueAxis([atLeast(48450)], true).domain).toEqual([0, 60000]);
    expect(valueAxis([exact(500), exact(500)], true).domain).toEqual([0, 600]);
  });

  test('an interval far wider than the figures is left to be clipped, not fitted', () => {
    const axis = valueAxis([exact(48400), about(48450), exact(48524)], true);
    expect(axis.domain).toEqual([48350, 48550]);
  });

  test('an interval end within the figures’ own spread of them is fitted', () => {
    expect(values([range(48380, 48600), exact(48524)], true)).toEqual([
      48300, 48400, 48500, 48600, 48700,
    ]);
  });

  test('from zero, the axis reaches a round step above the top of every bounded interval', () => {
    expect(values([exact(100), range(10, 900)], false)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(valueAxis([exact(2400000)], false).ticks.map((t) => t.label)).toEqual([
      '0',
      '1M',
      '2M',
      '3M',
    ]);
  });

  test('a close running total of fractional figures is labelled to the step, not rounded', () => {
    const axis = valueAxis([exact(12.5), exact(12.6)], true);
    expect(axis.ticks.map((t) => t.label)).toEqual([
      '12.475',
      '12.5',
      '12.525',
      '12.55',
      '12.575',
      '12.6',
      '12.625',
    ]);
    expect(axisNote(axis)).toBe('The axis starts at 12.475, not zero, so that changes show.');
  });

  test('small fractional figures get labels as fine as their step', () => {
    expect(valueAxis([exact(0.004), exact(0.012)], false).ticks.map((t) => t.label)).toEqual([
      '0',
      '0.005',
      '0.01',
      '0.015',
    ]);
  });

  test('whole figures get whole steps; fractional figures may have fractional ones', () => {
    expect(values([exact(9), exact(10)], true)).toEqual([8, 9, 10, 11]);
    expect(values([about(2)], false)).toEqual([0, 1, 2, 3]);
    expect(values([range(1, 2), { value: 2, low: 1.5, high: 2.5 }], false)).toEqual([0, 1, 2, 3]);
    expect(values([exact(3)], false)).toEqual([0, 1, 2, 3, 4]);
    expect(values([exact(0.3)], false)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
  });

  test('nothing, or only zeros, gives an axis from 0 to 1', () => {
    expect(values([], true)).toEqual([0, 1]);
    expect(values([exact(0)], false)).toEqual([0, 1]);
  });
});
