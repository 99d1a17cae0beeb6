import { describe, expect, test } from 'vitest';
import type { CheckedClaim } from '@/lib/claims/checks/claims';
import { findDisagreements } from '@/lib/claims/checks/disagreements';
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
      'one flag per pair',
      [claim(1, 100), claim(2, 200, by('gmo')), claim(3, 100, by('un'))],
      [
        [1, 2],
        [2, 3],
      ],
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
});
