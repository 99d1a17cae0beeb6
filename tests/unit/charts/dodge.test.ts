import { describe, expect, test } from 'vitest';
import { type MarkSpan, dodgeOffsets } from '@/lib/charts/dodge';

const mark = (day: string, top: number, bottom: number): MarkSpan => ({ day, top, bottom });
const DAY = '2025-03-10';
const NEXT = '2025-03-11';

describe('dodgeOffsets', () => {
  test.each<[string, MarkSpan[], number[]]>([
    ['a mark alone stays on its day', [mark(DAY, 100, 114)], [0]],
    [
      'marks of different days stay put, even at the same height',
      [mark(DAY, 100, 114), mark(NEXT, 100, 114)],
      [0, 0],
    ],
    [
      'two marks of one day that overlap move apart, the first to the left',
      [mark(DAY, 100, 114), mark(DAY, 105, 119)],
      [-5, 5],
    ],
    ['marks of one day far apart stay put', [mark(DAY, 100, 114), mark(DAY, 200, 214)], [0, 0]],
    ['marks that only touch stay put', [mark(DAY, 0, 10), mark(DAY, 10, 20)], [0, 0]],
    [
      'three are spread in the order given, not top to bottom',
      [mark(DAY, 100, 114), mark(DAY, 90, 104), mark(DAY, 105, 119)],
      [-10, 0, 10],
    ],
    [
      'marks that overlap through a third form one group',
      [mark(DAY, 0, 10), mark(DAY, 18, 30), mark(DAY, 8, 20)],
      [-10, 0, 10],
    ],
    [
      'a tall interval bar moves a mark that sits on it',
      [mark(DAY, 20, 300), mark(DAY, 150, 164)],
      [-5, 5],
    ],
    [
      'two groups on one day are spread apart each on its own',
      [mark(DAY, 0, 10), mark(DAY, 100, 110), mark(DAY, 5, 15), mark(DAY, 105, 115)],
      [-5, -5, 5, 5],
    ],
    [
      'days interleaved in the input are grouped by day',
      [mark(DAY, 0, 10), mark(NEXT, 0, 10), mark(DAY, 5, 15)],
      [-5, 0, 5],
    ],
  ])('%s', (_, marks, offsets) => {
    expect(dodgeOffsets(marks)).toEqual(offsets);
  });

  test('spreads marks by the gap it is given', () => {
    expect(dodgeOffsets([mark(DAY, 0, 10), mark(DAY, 0, 10), mark(DAY, 0, 10)], 6)).toEqual([
      -6, 0, 6,
    ]);
  });
});
