import {
  type CheckedClaim,
  type CheckedMetric,
  FLAG_CHECKS,
  type Flag,
  type FlagCheck,
} from './checks/claims';
import { findDisagreements } from './checks/disagreements';
import { findCumulativeFalls } from './checks/falls';
import { findPartsOverWhole } from './checks/parts';
import { findQuoteProblems } from './checks/quotes';

// The one entry to the consistency checks of DESIGN.md; each lives in checks/ with its wording.
export { type CheckedClaim, type CheckedMetric, FLAG_CHECKS, type Flag, type FlagCheck };
export { findCumulativeFalls, findDisagreements, findPartsOverWhole, findQuoteProblems };
export { type PartsVerdict, checkPartsAgainstWhole, sumIntervals } from './checks/parts';

/** Every check over a set of active claims, as `check` runs them: falls, disagreements, parts, quotes. */
export function checkClaims(
  claims: readonly CheckedClaim[],
  metrics: readonly CheckedMetric[],
): Flag[] {
  return [
    ...findCumulativeFalls(claims, metrics),
    ...findDisagreements(claims),
    ...findPartsOverWhole(claims, metrics),
    ...findQuoteProblems(claims),
  ];
}
