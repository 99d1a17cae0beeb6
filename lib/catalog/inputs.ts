import { z } from 'zod';
import { METRIC_KINDS, SOURCE_KINDS } from '@/db/enums';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { ChangeReason } from '@/lib/claims/input/change-reason';
import type { FieldErrors, FormState, FormValues } from '@/lib/forms';

// The claim input's own field rules (blank is missing, text limits, http(s) links only, slugs,
// real dates): a name or link is accepted here exactly when a CSV row could carry it.
const rules = ClaimInput.shape;

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `Use one of: ${values.join(', ')}` });

// A checkbox sends "on" when ticked and nothing at all when not; JSON sends a boolean.
const flag = z.preprocess(
  (v) =>
    v === undefined || v === null || v === '' || v === 'false'
      ? false
      : v === 'on' || v === 'true'
        ? true
        : v,
  z.boolean({ error: 'Use true or false' }),
);

/** How far apart two claimants' latest figures may be, as a fraction, when a metric sets none. */
export const DEFAULT_DIVERGENCE_THRESHOLD = 0.1;

const PERCENT = /^\d+(\.\d+)?$/;
const THRESHOLD_ERROR =
  'Give the divergence threshold as a percentage above 0 and at most 100, such as 10 or 12.5';

// Editors type a percentage ("12.5", "12.5%"); the column holds a fraction (0.125). Blank is the
// default, stored as null so that a later change of the default reaches the metric too.
const divergenceThreshold = z.preprocess(
  (v) => {
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') return v;
    const typed = v.trim().replace(/\s*%$/, '');
    return typed === '' ? null : PERCENT.test(typed) ? Number(typed) : NaN;
  },
  z
    .number({ error: THRESHOLD_ERROR })
    .gt(0, THRESHOLD_ERROR)
    .lte(100, THRESHOLD_ERROR)
    // toPrecision drops the binary noise of the division: 7 / 100 is 0.07, not 0.07000000000000001.
    .transform((percent) => Number((percent / 100).toPrecision(12)))
    .nullable(),
);

/** A stored threshold (a fraction) as the percentage an editor types: 0.125 → "12.5". */
export function thresholdAsPercent(fraction: number): string {
  return String(Number((fraction * 100).toPrecision(12)));
}

/**
 * An edit to a metric: every editable field, so a blank one clears it. The slug and topic stay:
 * URLs and imports name the metric by them.
 */
export const MetricEdit = z.object({
  name: rules.metric_name.pipe(z.string({ error: 'Give the metric a name' })),
  description: rules.notes,
  unit: rules.unit.pipe(z.string({ error: 'Give the unit, such as people' })),
  kind: rules.metric_kind.pipe(oneOf(METRIC_KINDS)),
  // The slug of the whole this metric is a part of; blank for none.
  parent: rules.parent_metric,
  parts_complete: flag,
  // A percentage as typed; parsed to a fraction, or null for the default.
  divergence_threshold: divergenceThreshold,
});
export type MetricEdit = z.infer<typeof MetricEdit>;

/** An edit to a source: every editable field. The slug stays: source pages are addressed by it. */
export const SourceEdit = z.object({
  name: rules.claimant.pipe(z.string({ error: 'Give the source a name' })),
  kind: rules.claimant_kind.pipe(oneOf(SOURCE_KINDS)),
  url: rules.url,
  description: rules.claimant_description,
});
export type SourceEdit = z.infer<typeof SourceEdit>;

/** An edit to a document: every editable field; like a claim's, it needs a link or a title. */
export const DocumentEdit = z
  .object({
    url: rules.url,
    title: rules.title,
    publisher: rules.publisher,
    byline: rules.byline,
    published_on: rules.published_on,
    // No claim column carries it; it is a day like the published one, with the same rules.
    retrieved_on: rules.published_on,
    archive_url: rules.archive_url,
  })
  .superRefine((document, ctx) => {
    if (!document.url && !document.title)
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'Give the document: its link or its title',
      });
  });
export type DocumentEdit = z.infer<typeof DocumentEdit>;

/** The fields of the metric and document edit forms: the schema's, and the reason every edit needs. */
export const METRIC_EDIT_FIELDS = [...MetricEdit.keyof().options, 'reason'] as const;
export const DOCUMENT_EDIT_FIELDS = [...DocumentEdit.keyof().options, 'reason'] as const;
export type MetricEditField = (typeof METRIC_EDIT_FIELDS)[number];
export type DocumentEditField = (typeof DOCUMENT_EDIT_FIELDS)[number];
export type MetricEditState = FormState<Record<MetricEditField, string>>;
export type DocumentEditState = FormState<Record<DocumentEditField, string>>;

/**
 * A posted edit form parsed by its record's schema, and its reason by ChangeReason, together: a
 * form missing both a name and a reason marks both at once. Ready, or the invalid state to show,
 * its errors keyed by the form's `fields`.
 */
export function parseRecordEditForm<T, F extends string>(
  schema: z.ZodType<T>,
  fields: readonly F[],
  values: FormValues,
):
  | { status: 'ready'; input: T; reason: string }
  | { status: 'invalid'; fieldErrors: FieldErrors<Record<F, string>>; values: FormValues } {
  const parsed = schema.safeParse(values);
  const reason = ChangeReason.safeParse(values.reason);
  if (parsed.success && reason.success)
    return { status: 'ready', input: parsed.data, reason: reason.data };
  const messages: Partial<Record<string, string[]>> = {
    ...(parsed.success ? {} : z.flattenError<unknown>(parsed.error).fieldErrors),
    // The reason is a schema of its own: its messages are the whole value's, not a field's.
    ...(reason.success ? {} : { reason: z.flattenError(reason.error).formErrors }),
  };
  const fieldErrors: FieldErrors<Record<F, string>> = {};
  for (const field of fields) if (messages[field]?.length) fieldErrors[field] = messages[field];
  return { status: 'invalid', fieldErrors, values };
}
