import { describe, expect, test } from 'vitest';
import type { CheckedMetric } from '@/lib/claims/checks/claims';
import { findCumulativeFalls } from '@/lib/claims/checks/falls';
import type { CheckedClaim } from '@/lib/claims/checks/claims';
import { METRICS, by, claim, idsOf, on } from '@/tests/support/checked-claims';

describe('findCumulativeFalls', () => {
  const cases: [string, CheckedClaim[], number[][]][] = [
    ['100 then 90 is a fall', [claim(1, 100), claim(2, 90, on(20))], [[1, 2]]],
    ['a steady figure is no fall', [claim(1, 100), claim(2, 100, on(20))], []],
    [
      'at least 100 then about 95 is no fall: about 95 reaches 104.5',
      [claim(1, 100, { qualifier: 'at_least' }), claim(2, 95, { qualifier: 'about', ...on(20) })],
      [],
    ],
    [
      'about 100 then 85 is a fall',
      [claim(1, 100, { qualifier: 'about' }), claim(2, 85, on(20))],
      [[1, 2]],
    ],
    [
      'nearly 100 then 90 is no fall',
      [claim(1, 100, { qualifier: 'nearly' }), claim(2, 90, on(20))],
      [],
    ],
    [
      'over 100 then 100 is a fall',
      [claim(1, 100, { qualifier: 'more_than' }), claim(2, 100, on(20))],
      [[1, 2]],
    ],
    [
      'only the figure just before counts',
      [claim(1, 100), claim(2, 90, on(20)), claim(3, 95, on(21))],
      [[1, 2]],
    ],
    [
      'one flag per drop',
      [claim(1, 100), claim(2, 90, on(20)), claim(3, 80, on(21))],
      [
        [1, 2],
        [2, 3],
      ],
    ],
    [
      "another claimant's higher figure is no fall",
      [claim(1, 100, by('gmo')), claim(2, 90, on(20))],
      [],
    ],
    [
      'unattributed figures form their own series',
      [
        claim(1, 100),
        claim(2, 90, { ...by(null), ...on(20) }),
        claim(3, 80, { ...by(null), ...on(21) }),
      ],
      [[2, 3]],
    ],
    ['the series runs by as_of, not by id', [claim(1, 90, on(21)), claim(2, 100)], [[2, 1]]],
    ['figures of one day run by id: 90, 100', [claim(1, 90), claim(2, 100)], []],
    ['figures of one day run by id: 100, 90', [claim(1, 100), claim(2, 90)], [[1, 2]]],
    ['an unsaved claim (id 0) comes last on its day', [claim(0, 90), claim(7, 100)], [[7, 0]]],
    [
      'a count may go down',
      [claim(1, 100, { metric: 'tally' }), claim(2, 90, { metric: 'tally', ...on(20) })],
      [],
    ],
    [
      'an unknown metric is no running total',
      [claim(1, 100, { metric: 'x' }), claim(2, 90, { metric: 'x' })],
      [],
    ],
  ];
  test.each(cases)('%s', (_name, claims, expected) => {
    expect(idsOf(findCumulativeFalls(claims, METRICS))).toEqual(expected);
  });

  test("flags the Ministry of Health's women killed falling from 1,000 to 967 in Oct 2023", () => {
    // gaza-first90.csv; the Media Office's 1,032 on 17 Oct is another claimant's series.
    const women = { metric: 'gaza-killed-women', metric_name: 'Women killed in Gaza' };
    const moh = { ...women, ...by('gaza-ministry-of-health'), claimant: 'Gaza Ministry of Health' };
    const gmo = { ...women, ...by('gaza-government-media-office') };
    const series = [
      claim(11, 276, { ...moh, ...on(12) }),
      claim(12, 936, { ...gmo, ...on(16) }),
      claim(13, 1032, { ...gmo, ...on(17) }),
      claim(14, 1000, { ...moh, ...on(19) }),
      claim(15, 967, { ...moh, ...on(21) }),
      claim(16, 1023, { ...moh, ...on(22) }),
    ];
    const metrics: CheckedMetric[] = [
      {
        slug: 'gaza-killed-women',
        kind: 'cumulative',
        parent: 'gaza-killed',
        parts_complete: false,
      },
    ];
    expect(findCumulativeFalls(series, metrics)).toEqual([
      {
        check: 'cumulative_fall',
        metric: 'gaza-killed-women',
        claimant: 'gaza-ministry-of-health',
        claim_ids: [14, 15],
        dates: ['2023-10-19', '2023-10-21'],
        message:
          'Gaza Ministry of Health gave Women killed in Gaza as 1,000 on 19 Oct 2023, then 967 on 21 Oct 2023: a running total should not fall.',
      },
    ]);
  });

  test('names a hedged figure with the span it allows', () => {
    const claims = [
      claim(1, 100, { qualifier: 'about', ...by(null) }),
      claim(2, 80, { ...by(null), ...on(20) }),
    ];
    expect(findCumulativeFalls(claims, METRICS)[0]?.message).toBe(
      'An unnamed source gave toll as about 100 (90 to 110) on 19 Oct 2023, then 80 on 20 Oct 2023: a running total should not fall.',
    );
  });
});
