/** A stored claim a figure about to be entered would be (lib/server/claims/appearances.ts). */
export type StoredMatch = { claimId: number; document: string; sameDocument: boolean };

/** What the form and extract say before saving a figure that is already a stored claim. */
export function storedMatchMessage({ claimId, document, sameDocument }: StoredMatch): string {
  return sameDocument
    ? `Already stored as claim #${claimId} from this document (${document}): saving adds nothing.`
    : `Already stored as claim #${claimId} from ${document}; this document will be added as another appearance.`;
}
