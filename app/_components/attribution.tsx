import Link from 'next/link';
import { formatDay } from '@/lib/claims/format';
import type { ClaimRow } from '@/lib/claims/rows';

type Props = {
  claim: Pick<ClaimRow, 'claimant' | 'attribution' | 'as_of'> & { claimant_slug?: string | null };
};

/** Who gave a figure and for when; an unattributed figure says so in the warning colour. */
export function Attribution({ claim }: Props) {
  return (
    <span className="attribution">
      {claim.claimant ? (
        <span>{claim.claimant}</span>
      ) : (
        <span className="unattributed">no source named</span>
      )}
      <span className="muted"> · as of {formatDay(claim.as_of)}</span>
    </span>
  );
}

/** A link to a claim's own page, where its quote and document are. */
export function ClaimLink({ id, children }: { id: number; children: React.ReactNode }) {
  return <Link href={`/claims/${id}`}>{children}</Link>;
}
