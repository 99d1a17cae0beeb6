import { slugify } from '@/lib/text/slug';

/** The value of a select that asks to create a new metric, topic or source inline. */
export const NEW_OPTION = '__new__';

const COPIED = [
  'value',
  'qualifier',
  'low',
  'high',
  'as_of',
  'period_start',
  'period_end',
  'via',
  'attribution',
  'stated_on',
  'url',
  'title',
  'publisher',
  'byline',
  'published_on',
  'archive_url',
  'quote',
  'notes',
] as const;

export type ClaimFormInput = {
  /** Raw canonical claim input (CSV keys): what ClaimInput parses. */
  raw: Record<string, string>;
  /** A new metric's description, which the CSV has no column for. */
  metricDescription?: string;
};

/**
 * Maps the claim form's fields into the canonical input. The form differs only where it offers
 * "create new" choices; everything is then validated by the one ClaimInput schema.
 */
export function claimFormToInput(form: Record<string, string>): ClaimFormInput {
  const raw: Record<string, string> = {};
  for (const key of COPIED) if (form[key] !== undefined) raw[key] = form[key];

  const isNewMetric = form.metric === NEW_OPTION;
  raw.metric = isNewMetric
    ? form.new_metric_slug?.trim() || slugify(form.metric_name ?? '')
    : (form.metric ?? '');
  if (isNewMetric) {
    raw.metric_name = form.metric_name ?? '';
    raw.unit = form.unit ?? '';
    raw.metric_kind = form.metric_kind ?? '';
    raw.parent_metric = form.parent_metric ?? '';
    raw.topic = form.topic === NEW_OPTION ? (form.new_topic ?? '') : (form.topic ?? '');
  }

  const isNewClaimant = form.claimant === NEW_OPTION;
  raw.claimant = isNewClaimant ? (form.new_claimant ?? '') : (form.claimant ?? '');
  if (isNewClaimant) {
    raw.claimant_kind = form.claimant_kind ?? '';
    raw.claimant_description = form.claimant_description ?? '';
  }
  const description = form.metric_description?.trim();
  return { raw, metricDescription: isNewMetric && description ? description : undefined };
}
