import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { QUALIFIERS } from '@/db/enums';
import type { CheckedClaim } from '@/lib/claims/checks/claims';
import { findDuplicates } from '@/lib/claims/checks/duplicates';
import { by, claim, idsOf, on } from '@/tests/support/checked-claims';

describe('findDuplicates', () => {
  const cases: [string, CheckedClaim[], number[][]][] = [
    ['one figure stored twice', [claim(1, 100), claim(2, 100)], [[1, 2]]],
    ['stored three times is one flag', [claim(3, 100), claim(1, 100), claim(2, 100)], [[1, 2, 3]]],
    ['a different value is another claim', [claim(1, 100), claim(2, 101)], []],
    [
      'a different qualifier is another claim',
      [claim(1, 100), claim(2, 100, { qualifier: 'at_least' })],
      [],
    ],
    ['another day is another claim', [claim(1, 100), claim(2, 100, on(20))], []],
    ['another claimant is another claim', [claim(1, 100), claim(2, 100, by('gmo'))], []],
    ['another metric is another claim', [claim(1, 100), claim(2, 100, { metric: 'tally' })], []],
    [
      'another period is another claim',
      [claim(1, 100, { period_start: '2023-10-01' }), claim(2, 100)],
      [],
    ],
    [
      'ranges with other ends are other claims',
      [
        claim(1, 10, { qualifier: 'range', low: 10, high: 20 }),
        claim(2, 10, { qualifier: 'range', low: 10, high: 30 }),
      ],
      [],
    ],
    [
      'stored bounds and implied bounds are the same figure',
      [
        claim(1, 1000, { qualifier: 'about', low: 900, high: 1100 }),
        claim(2, 1000, { qualifier: 'about' }),
      ],
      [[1, 2]],
    ],
    [
      'unattributed figures never count as one claim',
      [claim(1, 100, by(null)), claim(2, 100, by(null))],
      [],
    ],
    ['an unsaved claim comes last', [claim(0, 100), claim(7, 100)], [[7, 0]]],
  ];
  test.each(cases)('%s', (_name, claims, expected) => {
    expect(idsOf(findDuplicates(claims))).toEqual(expected);
  });

  test('names the claimant, the figure, the day and every claim', () => {
    const [flag] = findDuplicates([
      claim(4, 745, {
        claimant: 'Syrian Observatory for Human Rights',
        metric_name: 'Civilians killed',
      }),
      claim(9, 745),
    ]);
    expect(flag).toEqual({
      check: 'duplicate',
      metric: 'toll',
      claimant: 'moh',
      claim_ids: [4, 9],
      dates: ['2023-10-19'],
      message:
        'Syrian Observatory for Human Rights gave Civilians killed on 19 Oct 2023 as 745, and that one claim is stored twice (#4, #9): every document it appeared in should be an appearance of #4.',
    });
  });

  test('stored many times, names the first few claims and counts the rest', () => {
    const [flag] = findDuplicates(Array.from({ length: 1500 }, (_, i) => claim(i + 1, 745)));
    expect(flag?.claim_ids).toHaveLength(1500);
    expect(flag?.message).toBe(
      'moh gave toll on 19 Oct 2023 as 745, and that one claim is stored 1,500 times (#1, #2, #3, #4, #5 and 1,495 more): every document it appeared in should be an appearance of #1.',
    );
  });

  const figure = fc.record({
    value: fc.integer({ min: 0, max: 5 }),
    qualifier: fc.constantFrom(...QUALIFIERS.filter((q) => q !== 'range')),
    claimant_slug: fc.constantFrom('moh', 'gmo', null),
    as_of: fc.constantFrom('2023-10-19', '2023-10-20'),
  });

  test('every attributed claim entered again is flagged with it, and nothing else is', () => {
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 12 }), fc.nat(), (figures, pick) => {
        // Distinct figures first, so the only duplicates are the ones added below.
        const distinct = [...new Map(figures.map((f) => [JSON.stringify(f), f])).values()].map(
          (f, i) => claim(i + 1, f.value, f),
        );
        expect(findDuplicates(distinct)).toEqual([]);
        const original = distinct[pick % Math.max(1, distinct.length)];
        if (!original) return;
        const again = { ...original, id: distinct.length + 1 };
        const flags = findDuplicates([again, ...distinct]);
        expect(idsOf(flags)).toEqual(
          original.claimant_slug === null ? [] : [[original.id, again.id]],
        );
      }),
    );
  });
});
