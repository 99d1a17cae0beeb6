import type { Flag } from './claims';

/** How many claims a flag names on each claim it is about; past this, it counts the rest. */
export const CLAIM_IDS_ON_CLAIM = 10;

/**
 * A flag as one of its claims carries it (a metric's page, its claims in the API): the flag
 * itself when it names a few claims; otherwise the first few it names, this claim among them,
 * and `claim_count`, how many it names in all. A day of 1,500 disagreeing figures gives each of
 * them a flag of ten ids, not of 1,500 (2.25 million ids over the day). O(CLAIM_IDS_ON_CLAIM).
 */
export function flagOnClaim(flag: Flag, claimId: number): Flag {
  const ids = flag.claim_ids;
  if (ids.length <= CLAIM_IDS_ON_CLAIM) return flag;
  const first = ids.slice(0, CLAIM_IDS_ON_CLAIM);
  // Not among the first: it comes after them in the flag's order, so it goes last.
  const shown = first.includes(claimId) ? first : [...first.slice(0, -1), claimId];
  return { ...flag, claim_ids: shown, claim_count: ids.length };
}
