import { formatDay } from '@/lib/text/format';
import type { ClaimRow } from '@/lib/claims/claim-row';

export type AttributionFields = Pick<
  ClaimRow,
  | 'attribution'
  | 'claimant'
  | 'claimant_description'
  | 'via'
  | 'stated_on'
  | 'url'
  | 'title'
  | 'publisher'
  | 'byline'
  | 'published_on'
  | 'notes'
>;

export type AttributionSentence = {
  text: string;
  /** No source is named: shown in the warning style, never as if someone vouched for it. */
  isUnattributed: boolean;
};

// Editors write "Date inferred: …" (the seed does); any mention of inference marks the date.
const INFERRED = /\binferred\b/i;

/** "'Title' (Byline, Publisher, 10 Mar 2025)": the document as a reader would cite it. */
function documentReference(claim: AttributionFields): string {
  const name = claim.title ? `'${claim.title}'` : (claim.publisher ?? claim.url ?? 'a document');
  const details = [
    claim.byline,
    claim.title ? claim.publisher : null,
    claim.published_on ? formatDay(claim.published_on) : null,
  ].filter((part): part is string => Boolean(part));
  return details.length > 0 ? `${name} (${details.join(', ')})` : name;
}

/**
 * The attribution chain as one sentence: who said it, when, through whom, and where it was
 * published, e.g. "Syrian Observatory for Human Rights (UK-based monitor) said on 9 Mar 2025, as
 * reported in 'Iran Condemns …' (Staff, Agencies, 10 Mar 2025)". A claim with no
 * claimant reads "No source named; published in …" whatever its attribution says.
 */
export function attributionSentence(claim: AttributionFields): AttributionSentence {
  const inferred = claim.notes && INFERRED.test(claim.notes) ? ' (date inferred)' : '';
  const via = claim.via ? ` via ${claim.via}` : '';
  const document = documentReference(claim);
  if (claim.attribution === 'unattributed' || !claim.claimant) {
    return {
      text: `No source named${via}; published in ${document}${inferred}`,
      isUnattributed: true,
    };
  }
  const who = claim.claimant_description
    ? `${claim.claimant} (${claim.claimant_description})`
    : claim.claimant;
  const when = claim.stated_on ? ` on ${formatDay(claim.stated_on)}${inferred}` : '';
  // Without a stated date, the inference can only be about the document's date.
  const documentInferred = claim.stated_on ? '' : inferred;
  const text =
    claim.attribution === 'direct'
      ? `${who} published${when}${via} in ${document}${documentInferred}`
      : `${who} said${when}${via}, as reported in ${document}${documentInferred}`;
  return { text, isUnattributed: false };
}
