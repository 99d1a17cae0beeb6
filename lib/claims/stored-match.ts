import { formatDay } from '@/lib/text/format';

/**
 * A stored claim a figure about to be entered is (lib/server/claims/stored-claims.ts), or may be:
 * `otherPeriod` is set when only the period differs (one side may have none), for the editor to
 * decide, since a period left out is the commonest way to enter one claim twice.
 */
export type StoredMatch = {
  claimId: number;
  document: string;
  sameDocument: boolean;
  otherPeriod?: { start: string | null; end: string | null };
};

/** What the form and extract say before saving a figure that is, or may be, a stored claim. */
export function storedMatchMessage({
  claimId,
  document,
  sameDocument,
  otherPeriod,
}: StoredMatch): string {
  if (otherPeriod)
    return `Possibly claim #${claimId} from ${document}: the same figure from the same claimant for the same day, ${periodInWords(otherPeriod)}. If it is that claim, give the same period and this document will be added as another appearance; as it stands, saving stores a new claim.`;
  return sameDocument
    ? `Already stored as claim #${claimId} from this document (${document}): saving adds nothing.`
    : `Already stored as claim #${claimId} from ${document}; this document will be added as another appearance.`;
}

function periodInWords({ start, end }: { start: string | null; end: string | null }): string {
  if (!start && !end) return 'with no period';
  return `over ${start ? formatDay(start) : '…'} to ${end ? formatDay(end) : '…'}`;
}
