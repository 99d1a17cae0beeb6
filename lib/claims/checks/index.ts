import type { CheckedClaim, CheckedMetric, Flag } from '@/lib/claims/checks/claims';
import { findDisagreements } from '@/lib/claims/checks/disagreements';
import { findCumulativeFalls } from '@/lib/claims/checks/falls';
import { findPartsOverWhole } from '@/lib/claims/checks/parts';
import { findQuoteProblems } from '@/lib/claims/checks/quotes';

// The one entry to the consistency checks of DESIGN.md; each lives in checks/ with its wording.
export {
  type CheckedClaim,
  type CheckedMetric,
  type EntryWarning,
  FLAG_CHECKS,
  type Flag,
  type FlagCheck,
} from '@/lib/claims/checks/claims';
export { findCumulativeFalls, findDisagreements, findPartsOverWhole, findQuoteProblems };
export { type PartsVerdict, checkPartsAgainstWhole } from '@/lib/claims/checks/parts';

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
