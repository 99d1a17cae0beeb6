import { describe, expect, test } from 'vitest';
import { checkClaims } from '@/lib/claims/checks';
import { METRICS, SEED, SEED_METRICS, by, claim, on } from '@/tests/support/checked-claims';

describe('checkClaims', () => {
  test('the seed raises no flag', () => {
    expect(checkClaims(SEED, SEED_METRICS)).toEqual([]);
  });

  test('runs every check', () => {
    const bulletin = { documents: [{ id: 1, name: 'Bulletin' }] };
    const claims = [
      claim(1, 100, { quote: '100' }),
      claim(2, 90, { ...by('gmo'), ...on(20) }),
      claim(3, 80, { ...on(20), quote: '80', ...bulletin }),
      claim(4, 85, { ...on(20), quote: '85', ...bulletin }),
      claim(5, 85, { ...on(20), quote: '85' }),
    ];
    expect(checkClaims(claims, METRICS).map((flag) => [flag.check, flag.claim_ids])).toEqual([
      ['cumulative_fall', [1, 3]],
      ['disagreement', [2, 3, 4, 5]],
      ['conflict', [3, 4]],
      ['duplicate', [4, 5]],
      ['no_quote', [2]],
    ]);
  });
});
