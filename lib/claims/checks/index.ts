import type { CheckedClaim, CheckedMetric, Flag } from '@/lib/claims/checks/claims';
import { findConflicts, mayConflict } from '@/lib/claims/checks/conflicts';
import { findDisagreements } from '@/lib/claims/checks/disagreements';
import { findDuplicates } from '@/lib/claims/checks/duplicates';
import { findCumulativeFalls } from '@/lib/claims/checks/falls';
import { findPartsOverWhole } from '@/lib/claims/checks/parts';
import { findQuoteProblems } from '@/lib/claims/checks/quotes';

// The one entry to the consistency checks of DESIGN.md; each lives in checks/ with its wording.
export {
  type CheckedClaim,
  type CheckedDocument,
  type CheckedMetric,
  type EntryWarning,
  FLAG_CHECKS,
  type Flag,
  type FlagCheck,
} from '@/lib/claims/checks/claims';
export {
  findConflicts,
  findCumulativeFalls,
  findDisagreements,
  findDuplicates,
  findPartsOverWhole,
  findQuoteProblems,
  mayConflict,
};
export { type PartsVerdict, checkPartsAgainstWhole } from '@/lib/claims/checks/parts';
export { CLAIM_IDS_ON_CLAIM, flagOnClaim } from '@/lib/claims/checks/on-claim';

/**
 * Every check over a set of active claims, as `check` runs them: falls, disagreements, conflicts
 * within a document, duplicates, parts, quotes.
 */
export function checkClaims(
  claims: readonly CheckedClaim[],
  metrics: readonly CheckedMetric[],
): Flag[] {
  return [
    ...findCumulativeFalls(claims, metrics),
    ...findDisagreements(claims),
    ...findConflicts(claims),
    ...findDuplicates(claims),
    ...findPartsOverWhole(claims, metrics),
    ...findQuoteProblems(claims),
  ];
}
