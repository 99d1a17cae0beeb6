import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  agreeingGroups,
  compareEnds,
  disagreeingFigures,
  highEnd,
  lowEnd,
  sharedEnds,
} from '@/lib/claims/checks/interval-sweep';
import { type Interval, intervalsOverlap, isEntirelyBelow } from '@/lib/claims/rules/intervals';
import { interval } from '@/tests/support/checked-claims';

// Any interval the checks can meet, empty ones ([0, 0), as "nearly 0" reads) and unbounded ends
// included, on a few numbers so that ends often meet.
const anyInterval: fc.Arbitrary<Interval> = fc
  .record({
    low: fc.option(fc.integer({ min: 0, max: 4 })),
    span: fc.option(fc.integer({ min: 0, max: 3 })),
    isLowOpen: fc.boolean(),
    isHighOpen: fc.boolean(),
  })
  .map(({ low, span, isLowOpen, isHighOpen }) => ({
    low,
    high: span === null ? null : (low ?? 0) + span,
    isLowOpen: low === null || isLowOpen,
    isHighOpen: span === null || isHighOpen,
  }));

const swept = (i: Interval) => ({ low: lowEnd(i), high: highEnd(i) });

describe('interval ends', () => {
  test('isEntirelyBelow(a, b) is exactly highEnd(a) < lowEnd(b)', () => {
    fc.assert(
      fc.property(anyInterval, anyInterval, (a, b) => {
        expect(compareEnds(highEnd(a), lowEnd(b)) < 0).toBe(isEntirelyBelow(a, b));
      }),
    );
  });
});

describe('disagreeingFigures', () => {
  test('marks a figure when, and only when, another claimant’s shares no number with it', () => {
    const figure = fc.record({ interval: anyInterval, claimant: fc.constantFrom('a', 'b', null) });
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 12 }), (figures) => {
        const expected = figures.map((a) =>
          figures.some(
            (b) => a.claimant !== b.claimant && !intervalsOverlap(a.interval, b.interval),
          ),
        );
        const found = disagreeingFigures(
          figures.map((f) => ({ ...swept(f.interval), claimant: f.claimant })),
        );
        expect(found).toEqual(expected);
      }),
    );
  });
});

describe('agreeingGroups', () => {
  test('two agree, one apart', () => {
    const figures = [interval('exact', 100), interval('exact', 200), interval('about', 100)];
    expect(agreeingGroups(figures.map(swept))).toEqual([[0, 2], [1]]);
  });

  test('a chain of overlaps is split where no number fits all of it', () => {
    const chain = [interval('range', 0, 10), interval('range', 5, 15), interval('range', 12, 20)];
    expect(agreeingGroups(chain.map(swept))).toEqual([[0, 1], [2]]);
  });

  test('every figure in one group; within a group one number fits all; no number fits two groups’ lowest ends', () => {
    fc.assert(
      fc.property(fc.array(anyInterval, { maxLength: 12 }), (intervals) => {
        const groups = agreeingGroups(intervals.map(swept)).map((group) =>
          group.flatMap((i) => intervals[i] ?? []),
        );
        expect(groups.flat()).toHaveLength(intervals.length);
        expect(new Set(groups.flat()).size).toBe(new Set(intervals).size);
        groups.forEach((members, g) => {
          for (const a of members) {
            for (const b of members) if (a !== b) expect(intervalsOverlap(a, b)).toBe(true);
          }
          // The figure that ends lowest lies below every figure of the later groups (unless it
          // allows no number at all, as [0, 0): such a figure is a group of its own).
          const lowest = members.reduce((a, b) =>
            compareEnds(highEnd(b), highEnd(a)) < 0 ? b : a,
          );
          if (compareEnds(lowEnd(lowest), highEnd(lowest)) > 0) {
            expect(members).toHaveLength(1);
            return;
          }
          for (const later of groups.slice(g + 1).flat()) {
            expect(isEntirelyBelow(lowest, later)).toBe(true);
          }
        });
      }),
    );
  });

  test('sharedEnds gives the numbers every figure of a group allows', () => {
    const group = [interval('about', 1000), interval('at_least', 950), interval('nearly', 1050)];
    expect(sharedEnds(group.map(swept))).toEqual({
      low: 950,
      high: 1050,
      isLowOpen: false,
      isHighOpen: true,
    });
  });
});
