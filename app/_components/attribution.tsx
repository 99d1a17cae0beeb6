import Link from 'next/link';
import { formatDay } from '@/lib/text/format';
import type { ClaimRow } from '@/lib/claims/claim-row';

type Props = { claim: Pick<ClaimRow, 'claimant' | 'claimant_slug' | 'as_of'> };

/** Who gave a figure and for when; an unattributed figure says so in the warning colour. */
export function Attribution({ claim }: Props) {
  return (
    <span className="attribution">
      <ClaimantName claim={claim} />
      <span className="muted"> · as of {formatDay(claim.as_of)}</span>
    </span>
  );
}

/** The claimant, linked to its source page, or "no source named" in the warning colour. */
export function ClaimantName({ claim }: { claim: Pick<ClaimRow, 'claimant' | 'claimant_slug'> }) {
  if (!claim.claimant || !claim.claimant_slug)
    return <span className="unattributed nowrap">no source named</span>;
  return <Link href={`/sources/${claim.claimant_slug}`}>{claim.claimant}</Link>;
}
