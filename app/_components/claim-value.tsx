import { qualifiedValueInWords } from '@/lib/text/format';
import type { ClaimRow } from '@/lib/claims/claim-row';

/** A figure with its hedge in words ("over 1,000"): a qualified figure is never shown bare. */
export function ClaimValue({
  claim,
}: {
  claim: Pick<ClaimRow, 'qualifier' | 'value' | 'high' | 'unit'>;
}) {
  return <span className="figure">{qualifiedValueInWords(claim)}</span>;
}
