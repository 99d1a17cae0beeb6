import type { CopiedColumn } from '@/lib/claims/input/form-input';
import type { ClaimRow } from '@/lib/claims/claim-row';

/** A stored claim as the claim form's fields: its columns, with the metric and claimant by slug. */
export type ClaimFormValues = Record<CopiedColumn | 'metric' | 'claimant', string>;

/** Form fields from a stored claim, as the claim form names them (sources by slug). */
export function claimToFormValues(
  claim: ClaimRow,
  sourceSlugs: Map<string, string>,
): ClaimFormValues {
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    metric: claim.metric,
    value: text(claim.value),
    qualifier: claim.qualifier,
    low: text(claim.low),
    high: text(claim.high),
    as_of: claim.as_of,
    period_start: text(claim.period_start),
    period_end: text(claim.period_end),
    claimant: text(claim.claimant_slug),
    via: claim.via ? (sourceSlugs.get(claim.via) ?? '') : '',
    attribution: claim.attribution,
    stated_on: text(claim.stated_on),
    url: text(claim.url),
    title: text(claim.title),
    publisher: text(claim.publisher),
    byline: text(claim.byline),
    published_on: text(claim.published_on),
    archive_url: text(claim.archive_url),
    quote: text(claim.quote),
    notes: text(claim.notes),
  };
}

/**
 * A new figure for a metric usually comes from the same claimant as the last one: keep who said
 * it and how, and leave the number, dates, document and quote for the editor.
 */
export function prefillFromLatest(
  claim: ClaimRow,
  sourceSlugs: Map<string, string>,
): Pick<ClaimFormValues, 'metric' | 'claimant' | 'via' | 'attribution'> {
  const { metric, claimant, via, attribution } = claimToFormValues(claim, sourceSlugs);
  return { metric, claimant, via, attribution };
}
