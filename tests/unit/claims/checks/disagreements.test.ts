import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { QUALIFIERS } from '@/db/enums';
import { flagOnClaim } from '@/lib/claims/checks';
import type { CheckedClaim, Flag } from '@/lib/claims/checks/claims';
import { findDisagreements } from '@/lib/claims/checks/disagreements';
import { figureInterval, intervalsOverlap } from '@/lib/claims/rules/intervals';
import { by, claim, idsOf, on } from '@/tests/support/checked-claims';

describe('findDisagreements', () => {
  const cases: [string, CheckedClaim[], number[][]][] = [
    ['two claimants, two exact figures', [claim(1, 100), claim(2, 90, by('gmo'))], [[1, 2]]],
    [
      'at least 48,450 and 50,000 agree',
      [claim(1, 48450, { qualifier: 'at_least' }), claim(2, 50000, by(null))],
      [],
    ],
    [
      'about 1,000 and 1,050 agree',
      [claim(1, 1000, { qualifier: 'about' }), claim(2, 1050, by('gmo'))],
      [],
    ],
    [
      'nearly 150 and 150 disagree',
      [claim(1, 150, { qualifier: 'nearly' }), claim(2, 150, by('gmo'))],
      [[1, 2]],
    ],
    [
      'a range and a figure inside it agree',
      [claim(1, 10, { qualifier: 'range', low: 10, high: 20 }), claim(2, 15, by('gmo'))],
      [],
    ],
    ['one claimant changing its figure is no disagreement', [claim(1, 100), claim(2, 90)], []],
    ['different dates do not meet', [claim(1, 100), claim(2, 90, { ...by('gmo'), ...on(20) })], []],
    [
      'different metrics do not meet',
      [claim(1, 100), claim(2, 90, { ...by('gmo'), metric: 'tally' })],
      [],
    ],
    [
      'an unattributed figure counts as a claimant',
      [claim(1, 100), claim(2, 90, by(null))],
      [[1, 2]],
    ],
    [
      'one flag per day, naming every figure apart from another claimant’s',
      [claim(1, 100), claim(2, 200, by('gmo')), claim(3, 100, by('un'))],
      [[1, 2, 3]],
    ],
    [
      'a chain of overlaps: only its two ends disagree',
      [
        claim(1, 0, { qualifier: 'range', low: 0, high: 10 }),
        claim(2, 5, { ...by('gmo'), qualifier: 'range', low: 5, high: 15 }),
        claim(3, 12, { ...by('un'), qualifier: 'range', low: 12, high: 20 }),
      ],
      [[1, 3]],
    ],
    [
      'a figure apart only from its own claimant is no disagreement',
      [claim(1, 100), claim(2, 200), claim(3, 200, by('gmo'))],
      [[1, 3]],
    ],
    [
      'one flag for each day that has a disagreement',
      [claim(1, 100), claim(2, 90, by('gmo')), claim(3, 100, on(20)), claim(4, 80, on(21))],
      [[1, 2]],
    ],
    ['the claim entered first comes first', [claim(0, 100), claim(5, 90, by('gmo'))], [[5, 0]]],
  ];
  test.each(cases)('%s', (_name, claims, expected) => {
    expect(idsOf(findDisagreements(claims))).toEqual(expected);
  });

  test("names both figures and carries the first claim's claimant", () => {
    const gaza = { metric: 'gaza-killed', as_of: '2025-03-10' };
    const flags = findDisagreements([
      claim(1, 48450, { ...gaza, qualifier: 'at_least', ...by(null) }),
      claim(2, 40000, { ...gaza, claimant: 'Gaza Ministry of Health' }),
    ]);
    expect(flags).toEqual([
      {
        check: 'disagreement',
        metric: 'gaza-killed',
        claimant: null,
        claim_ids: [1, 2],
        dates: ['2025-03-10'],
        message:
          'For gaza-killed on 10 Mar 2025, an unnamed source gave at least 48,450 and Gaza Ministry of Health gave 40,000: the two figures cannot both be right.',
      },
    ]);
  });

  const gaza = { metric: 'gaza-killed', metric_name: 'People killed', as_of: '2025-03-10' };
  const found = (flag: Flag | undefined, what: string): Flag => {
    if (!flag) throw new Error(`no ${what}`);
    return flag;
  };

  test('groups the figures that agree, and says which groups cannot both be right', () => {
    const [first, ...others] = findDisagreements([
      claim(1, 40000, { ...gaza, claimant: 'Gaza Ministry of Health' }),
      claim(2, 40000, { ...gaza, ...by('ocha'), claimant: 'UN OCHA', qualifier: 'about' }),
      claim(3, 48450, { ...gaza, ...by('gmo'), claimant: 'Media Office', qualifier: 'at_least' }),
    ]);
    expect(others).toEqual([]);
    const flag = found(first, 'the day’s flag');
    expect(flag.claim_ids).toEqual([1, 2, 3]);
    expect(flag.message).toBe(
      'For People killed on 10 Mar 2025, 3 figures from 3 sources fall into 2 groups that cannot both be right: Gaza Ministry of Health and UN OCHA gave figures that agree on 40,000; Media Office gave at least 48,450.',
    );
  });

  test('past four groups, names the lowest two and the highest and counts the rest', () => {
    const slugs = ['a', 'b', 'c', 'd', 'e', 'f'];
    const [flag] = findDisagreements(slugs.map((slug, i) => claim(i + 1, (i + 1) * 10, by(slug))));
    expect(flag?.message).toBe(
      'For toll on 19 Oct 2023, 6 figures from 6 sources fall into 6 groups that cannot all be right: a gave 10; b gave 20; 3 more groups between them; f gave 60.',
    );
  });

  test('a day of 1,500 claimants is one flag, whose message names a few of each group', () => {
    // Three figures, 500 claimants each: three groups of 500 that cannot all be right.
    const day = Array.from({ length: 1500 }, (_, i) =>
      claim(i + 1, 1000 + (i % 3) * 100, { ...by(`s${i + 1}`), claimant: `Source ${i + 1}` }),
    );
    const flags = findDisagreements(day);
    expect(flags).toHaveLength(1);
    const flag = found(flags[0], 'the day’s flag');
    expect(flag.claim_ids).toEqual(day.map((c) => c.id));
    expect(flag.message).toContain('1,500 figures from 1,500 sources fall into 3 groups');
    expect(flag.message).toContain('Source 1, Source 4, Source 7 and 497 others gave 1,000');
    expect(flag.message.length).toBeLessThan(400);
    // On each claim, it names ten of them and counts the rest.
    const onLast = flagOnClaim(flag, 1500);
    expect(onLast.claim_ids).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 1500]);
    expect(onLast.claim_count).toBe(1500);
    expect(JSON.stringify(onLast).length).toBeLessThan(600);
  });

  test('50,000 figures over 200 days: one flag per day with a disagreement, none per pair', () => {
    // 250 claimants a day; on even days one of them is apart from the rest.
    const claims = Array.from({ length: 50_000 }, (_, i) => {
      const day = Math.floor(i / 250);
      const isApart = day % 2 === 0 && i % 250 === 0;
      const as_of = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
      return claim(i + 1, isApart ? 50 : 100, { ...by(`s${i % 250}`), as_of });
    });
    const flags = findDisagreements(claims);
    expect(flags).toHaveLength(100);
    expect(flags.every((flag) => flag.claim_ids.length === 250)).toBe(true);
  });

  test('names exactly the figures some pair of claimants disagrees on, whatever the figures', () => {
    const figure = fc.record({
      value: fc.integer({ min: 0, max: 6 }),
      qualifier: fc.constantFrom(...QUALIFIERS),
      span: fc.integer({ min: 0, max: 3 }),
      claimant_slug: fc.constantFrom('moh', 'gmo', 'un', null),
      day: fc.constantFrom(19, 20),
    });
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 14 }), (figures) => {
        const claims = figures.map((f, i) =>
          claim(i + 1, f.value, {
            ...by(f.claimant_slug),
            ...on(f.day),
            qualifier: f.qualifier,
            ...(f.qualifier === 'range' ? { low: f.value, high: f.value + f.span } : {}),
          }),
        );
        const apart = (a: CheckedClaim, b: CheckedClaim) =>
          a.as_of === b.as_of &&
          a.claimant_slug !== b.claimant_slug &&
          !intervalsOverlap(figureInterval(a), figureInterval(b));
        const expected = [19, 20].flatMap((day) => {
          const ids = claims
            .filter((a) => a.as_of === on(day).as_of && claims.some((b) => apart(a, b)))
            .map((a) => a.id);
          return ids.length > 0 ? [ids] : [];
        });
        const byFirstId = (a: number[], b: number[]) => (a[0] ?? 0) - (b[0] ?? 0);
        const flags = findDisagreements(claims);
        expect(flags.map((f) => f.claim_ids).sort(byFirstId)).toEqual(expected.sort(byFirstId));
      }),
    );
  });
});
