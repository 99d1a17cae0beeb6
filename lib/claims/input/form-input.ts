import { CLAIM_COLUMNS, type ClaimColumn } from '@/lib/claims/input/columns';
import { slugFrom } from '@/lib/text/slug';

/** The value of a select that asks to create a new metric, topic or source inline. */
export const NEW_OPTION = '__new__';

// The claim columns as a tuple type, sliced: ColumnsBetween<'url', 'byline'> is 'url' | 'title' |
// 'publisher' | 'byline'. Forms post runs of columns, and naming a run by its ends keeps them in
// step with CLAIM_COLUMNS instead of copying its names.
type From<T extends readonly string[], F> = T extends readonly [
  infer H,
  ...infer R extends string[],
]
  ? H extends F
    ? T
    : From<R, F>
  : [];
type Until<T extends readonly string[], L> = T extends readonly [
  infer H extends string,
  ...infer R extends string[],
]
  ? H extends L
    ? [H]
    : [H, ...Until<R, L>]
  : [];
export type ColumnsBetween<F extends ClaimColumn, L extends ClaimColumn> = Until<
  From<typeof CLAIM_COLUMNS, F>,
  L
>[number];

/** The claim columns from `first` to `last`, in CLAIM_COLUMNS order. */
export function claimColumnsBetween<F extends ClaimColumn, L extends ClaimColumn>(
  first: F,
  last: L,
): ColumnsBetween<F, L>[] {
  const start = CLAIM_COLUMNS.indexOf(first);
  // The type above computes this very slice; TypeScript cannot see that through slice().
  return CLAIM_COLUMNS.slice(start, CLAIM_COLUMNS.indexOf(last) + 1) as ColumnsBetween<F, L>[];
}

// What the form posts under the columns' own names: the figure, its dates, and how the claim was
// published. The metric and claimant may come from a "create new" choice; status never does.
const COPIED = [
  ...claimColumnsBetween('value', 'period_end'),
  ...claimColumnsBetween('via', 'notes'),
];
/** A claim column the form posts under its own name. */
export type CopiedColumn = (typeof COPIED)[number];

/**
 * The claim form's fields: the CSV columns but status (a form never sets it), the reason for an
 * edit, and the fields that create a metric, topic or source in place (they become columns in
 * claimFormToInput). An error on any other key cannot be marked on the form.
 */
export const CLAIM_FORM_FIELDS = [
  ...claimColumnsBetween('topic', 'notes'),
  'reason',
  'new_metric_slug',
  'metric_description',
  'new_topic',
  'new_claimant',
] as const;
export type ClaimFormField = (typeof CLAIM_FORM_FIELDS)[number];

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
  // A name with nothing to make a slug of goes on as typed, so the slug rule asks for one.
  raw.metric = isNewMetric
    ? form.new_metric_slug?.trim() || slugFrom(form.metric_name ?? '') || (form.metric_name ?? '')
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
