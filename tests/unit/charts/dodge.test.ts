import { describe, expect, test } from 'vitest';
import { type DodgeOptions, type MarkSpan, dodgeOffsets } from '@/lib/charts/dodge';

/** A mark of series `series` at `x`, reaching from `top` to `bottom` (marks are 14 px wide). */
const mark = (series: number, x: number, top: number, bottom: number): MarkSpan => ({
  x,
  top,
  bottom,
  series,
});

describe('dodgeOffsets', () => {
  test.each<[string, MarkSpan[], number[]]>([
    ['a mark alone stays where its date puts it', [mark(0, 100, 100, 114)], [0]],
    [
      'two series on one spot move apart, the first series to the left',
      [mark(0, 100, 100, 114), mark(1, 100, 105, 119)],
      [-5, 5],
    ],
    [
      'marks a day apart on a chart of years (0.3 px) are dodged like marks of one day',
      [mark(0, 200, 100, 114), mark(1, 200.3, 102, 116)],
      [-5, 5],
    ],
    [
      'marks a mark’s width apart or more do not cover each other and stay put',
      [mark(0, 100, 100, 114), mark(1, 114, 100, 114)],
      [0, 0],
    ],
    [
      'marks on one spot far apart up and down stay put',
      [mark(0, 100, 100, 114), mark(1, 100, 200, 214)],
      [0, 0],
    ],
    ['marks that only touch stay put', [mark(0, 50, 0, 10), mark(1, 50, 10, 20)], [0, 0]],
    [
      'places follow series order, not the order given nor top to bottom',
      [mark(2, 100, 100, 114), mark(0, 100, 90, 104), mark(1, 100, 105, 119)],
      [10, -10, 0],
    ],
    [
      'marks that overlap through a third form one group',
      [mark(0, 60, 0, 10), mark(1, 60, 18, 30), mark(2, 60, 8, 20)],
      [-10, 0, 10],
    ],
    [
      'a tall interval bar moves a mark that sits on it',
      [mark(0, 300, 20, 300), mark(1, 300, 150, 164)],
      [-5, 5],
    ],
    [
      'two groups at one spot are spread each on its own',
      [mark(0, 80, 0, 10), mark(0, 80, 100, 110), mark(1, 80, 5, 15), mark(1, 80, 105, 115)],
      [-5, -5, 5, 5],
    ],
    [
      'one series’ own marks on neighbouring days stay on its line',
      [mark(0, 100, 100, 114), mark(0, 103, 101, 115), mark(0, 106, 102, 116)],
      [0, 0, 0],
    ],
    [
      'two figures of one series on one day take a place each',
      [mark(0, 100, 100, 114), mark(0, 100, 104, 118)],
      [-5, 5],
    ],
    [
      'a series keeps its side: all its marks in a group move together',
      [mark(0, 100, 100, 114), mark(1, 102, 100, 114), mark(0, 104, 101, 115)],
      [-5, 5, -5],
    ],
  ])('%s', (_, marks, offsets) => {
    expect(dodgeOffsets(marks)).toEqual(offsets);
  });

  test('a claimant reporting daily does not chain the whole chart into one group', () => {
    // Two series, a mark every 2 px for 200 px, all at the same height: every mark touches its
    // neighbours, so chained groups would move marks far from their dates.
    const marks = Array.from({ length: 100 }, (_, i) => mark(i % 2, i * 2, 100, 114));
    const offsets = dodgeOffsets(marks);
    expect(Math.max(...offsets.map(Math.abs))).toBeLessThanOrEqual(5);
    expect(offsets.slice(0, 4)).toEqual([-5, 5, -5, 5]);
  });

  test.each<[string, number, DodgeOptions, number[]]>([
    ['three series are 10 px apart', 3, {}, [-10, 0, 10]],
    ['a given gap is used', 3, { gap: 6 }, [-6, 0, 6]],
    ['eight series close up to stay within 40 px', 8, {}, [-20, -100 / 7, -60 / 7, -20 / 7]],
  ])('%s', (_, count, options, firstOffsets) => {
    const marks = Array.from({ length: count }, (__, i) => mark(i, 200, 100, 114));
    const offsets = dodgeOffsets(marks, options);
    firstOffsets.forEach((offset, i) => expect(offsets[i]).toBeCloseTo(offset, 9));
    expect(Math.max(...offsets) - Math.min(...offsets)).toBeLessThanOrEqual(40);
  });

  test('a group at the plot’s edge is moved inside it together, not squeezed', () => {
    const marks = [mark(0, 12, 100, 114), mark(1, 12, 100, 114), mark(2, 12, 100, 114)];
    expect(dodgeOffsets(marks, { bounds: [7, 393] })).toEqual([-5, 5, 15]);
    const right = [mark(0, 390, 100, 114), mark(1, 390, 100, 114)];
    expect(dodgeOffsets(right, { bounds: [7, 393] })).toEqual([-7, 3]);
  });

  test('the same marks always draw the same way, whatever order they come in', () => {
    const marks = [mark(0, 100, 100, 114), mark(1, 101, 102, 116), mark(2, 99, 101, 115)];
    const reversed = [...marks].reverse();
    expect(dodgeOffsets(reversed)).toEqual([...dodgeOffsets(marks)].reverse());
  });
});
