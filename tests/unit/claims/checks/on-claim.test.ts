import { describe, expect, test } from 'vitest';
import { type Flag, flagOnClaim } from '@/lib/claims/checks';

const flagNaming = (count: number): Flag => ({
  check: 'disagreement',
  metric: 'toll',
  claimant: 'moh',
  claim_ids: Array.from({ length: count }, (_, i) => i + 1),
  dates: ['2023-10-19'],
  message: 'For toll on 19 Oct 2023, …',
});

describe('flagOnClaim', () => {
  test('a flag about a few claims is carried as it is', () => {
    const flag = flagNaming(10);
    expect(flagOnClaim(flag, 7)).toBe(flag);
  });

  test('a flag about many names the first few, the claim among them, and counts them all', () => {
    const flag = flagNaming(1500);
    expect(flagOnClaim(flag, 3)).toEqual({
      ...flag,
      claim_ids: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      claim_count: 1500,
    });
    expect(flagOnClaim(flag, 1200).claim_ids).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 1200]);
    expect(flagOnClaim(flag, 1200).claim_count).toBe(1500);
    // The flag that check reports keeps every id.
    expect(flag.claim_ids).toHaveLength(1500);
  });
});
