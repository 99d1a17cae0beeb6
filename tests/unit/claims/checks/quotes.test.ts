import { describe, expect, test } from 'vitest';
import type { CheckedClaim, FlagCheck } from '@/lib/claims/checks/claims';
import { findQuoteProblems } from '@/lib/claims/checks/quotes';
import { GAZA_QUOTE, SYRIA_QUOTE, by, claim } from '@/tests/support/checked-claims';

describe('findQuoteProblems', () => {
  const range = { qualifier: 'range', low: 10, high: 20 } as const;
  const cases: [string, CheckedClaim, FlagCheck[]][] = [
    ["the seed's over 1,000", claim(1, 1000, { qualifier: 'more_than', quote: SYRIA_QUOTE }), []],
    ["the seed's nearly 150", claim(1, 150, { qualifier: 'nearly', quote: SYRIA_QUOTE }), []],
    [
      "the seed's at least 48,450",
      claim(1, 48450, { qualifier: 'at_least', quote: GAZA_QUOTE }),
      [],
    ],
    ['a number in words', claim(1, 1000, { quote: 'One thousand people were killed.' }), []],
    [
      '745 is not in "1,745"',
      claim(1, 745, { quote: 'Some 1,745 died.' }),
      ['number_not_in_quote'],
    ],
    [
      'a figure the quote does not give',
      claim(1, 900, { quote: SYRIA_QUOTE }),
      ['number_not_in_quote'],
    ],
    ['a range with both ends', claim(1, 10, { ...range, quote: 'between 10 and 20 dead' }), []],
    [
      'a range without its high end',
      claim(1, 10, { ...range, quote: 'at least 10 dead' }),
      ['number_not_in_quote'],
    ],
    ['no quote', claim(1, 10), ['no_quote']],
    ['a blank quote', claim(1, 10, { quote: '  ' }), ['no_quote']],
  ];
  test.each(cases)('%s', (_name, checked, expected) => {
    expect(findQuoteProblems([checked]).map((flag) => flag.check)).toEqual(expected);
  });

  test('names the missing number and the claim', () => {
    const ranged = claim(3, 10, { ...range, quote: 'at least 10 dead', claimant: 'UN' });
    expect(findQuoteProblems([ranged])).toEqual([
      {
        check: 'number_not_in_quote',
        metric: 'toll',
        claimant: 'moh',
        claim_ids: [3],
        dates: ['2023-10-19'],
        message:
          'The figure 10–20 for toll on 19 Oct 2023, from UN, has a quote that does not contain 20.',
      },
    ]);
    expect(findQuoteProblems([claim(4, 5, by(null))])[0]?.message).toBe(
      'The figure 5 for toll on 19 Oct 2023, from an unnamed source, has no quote to check it against.',
    );
  });
});
