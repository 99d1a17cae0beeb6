import { z } from 'zod';
import type { ClaimColumn } from '@/lib/claims/input/columns';
import { NEW_OPTION, claimColumnsBetween } from '@/lib/claims/input/form-input';
import { SLUG_HINT, SLUG_PATTERN, slugify } from '@/lib/text/slug';
import type { Draft, ExtractResult } from './types';

/** The claim columns an editor can change for each draft on /editor/extract. */
export const DRAFT_FIELDS = [
  ...claimColumnsBetween('value', 'stated_on'),
  ...claimColumnsBetween('quote', 'notes'),
];
/** The document fields, shared by every draft of a text. */
export const DOCUMENT_FIELDS = claimColumnsBetween('url', 'published_on');
/** What a draft needs when it creates its metric; its topic is the one chosen for all drafts. */
const NEW_METRIC_FIELDS = ['metric_name', 'unit', 'metric_kind'] as const;
/** The topic every draft of a text is filed under: a stored one, or NEW_OPTION and a new slug. */
export const TOPIC_FIELDS = ['topic', 'new_topic'] as const;
export type TopicField = (typeof TOPIC_FIELDS)[number];

/** The form field of draft `index`: "d2.value". */
export const draftField = <F extends string>(index: number, field: F): `d${number}.${F}` =>
  `d${index}.${field}`;

/** The fields of the drafts form that errors can belong to: a claim column of one draft. */
export type DraftFieldName = `d${number}.${ClaimColumn}`;

/**
 * The topic chosen for every draft of a text: a stored topic's slug, or NEW_OPTION and the slug of
 * a new one, created with the first new metric filed under it. chosenTopic reads its slug.
 */
export const DraftsTopic = z
  .object({
    topic: z.string({ error: 'Choose the topic first' }).trim().min(1, 'Choose the topic first'),
    new_topic: z.string().optional(),
  })
  .superRefine((fields, ctx) => {
    if (fields.topic !== NEW_OPTION) return;
    const slug = chosenTopic(fields);
    if (!slug)
      ctx.addIssue({ code: 'custom', path: ['new_topic'], message: 'Give the new topic a slug' });
    else if (!SLUG_PATTERN.test(slug))
      ctx.addIssue({ code: 'custom', path: ['new_topic'], message: SLUG_HINT });
  });

/** The slug of the topic chosen for the drafts, as typed; '' when none is chosen. */
export function chosenTopic(values: { topic?: string; new_topic?: string }): string {
  const topic = values.topic?.trim() ?? '';
  return topic === NEW_OPTION ? (values.new_topic ?? '').trim().toLowerCase() : topic;
}

/** A draft's fields as the form shows them before the editor changes anything. */
export function draftFormDefaults(draft: Draft): Record<string, string> {
  const text = (v: string | number | null): string => (v === null ? '' : String(v));
  return {
    ...Object.fromEntries(DRAFT_FIELDS.map((field) => [field, text(draft[field])])),
    unit: draft.unit,
    // Most figures a text gives are bounded events; a running total is the editor's call.
    metric_kind: 'count',
  };
}

/** Whether draft `index` of a posted form is to be filed under a metric it creates. */
export const isNewMetricDraft = (values: Record<string, string>, index: number): boolean =>
  values[draftField(index, 'metric')] === NEW_OPTION;

/**
 * Draft `index` of a posted form as a raw canonical claim input (CSV keys), with the document's
 * fields; a "new metric" choice becomes metric_name, unit and kind in the chosen topic, and a part
 * whose total went to another metric names that metric as its parent. ClaimInput parses the rest.
 */
export function draftRawInput(
  values: Record<string, string>,
  index: number,
): Record<string, string> {
  const metricOf = (at: number): string =>
    isNewMetricDraft(values, at)
      ? slugify(values[draftField(at, 'metric_name')] ?? '')
      : (values[draftField(at, 'metric')] ?? '');
  const raw: Record<string, string> = {};
  for (const field of DOCUMENT_FIELDS) raw[field] = values[field] ?? '';
  for (const field of DRAFT_FIELDS) raw[field] = values[draftField(index, field)] ?? '';
  raw.metric = metricOf(index);
  if (isNewMetricDraft(values, index)) {
    for (const field of NEW_METRIC_FIELDS) raw[field] = values[draftField(index, field)] ?? '';
    raw.topic = chosenTopic(values);
    const total = values[draftField(index, 'part_of')];
    const parent = total ? metricOf(Number(total)) : '';
    if (parent && parent !== raw.metric) raw.parent_metric = parent;
  }
  if (raw.attribution === 'unattributed') raw.claimant = '';
  return raw;
}

export type DraftRow = { index: number; raw: Record<string, string> };

/**
 * The most drafts /editor/extract shows for one text: each is a row of fields to check, and a page
 * of thousands of them would take the browser longer to draw than the text took to read.
 */
export const MAX_DRAFTS = 300;

/** What the page says instead of showing drafts past MAX_DRAFTS. */
export const tooManyDraftsMessage = (count: number): string =>
  `This text has ${count.toLocaleString('en-GB')} figures, more than the ${MAX_DRAFTS} that can be checked at once: paste a shorter part.`;

/** What the page gets of a result: past MAX_DRAFTS, their number in a message instead of them. */
export const resultShown = (result: ExtractResult): ExtractResult =>
  result.drafts.length > MAX_DRAFTS
    ? { drafts: [], message: tooManyDraftsMessage(result.drafts.length) }
    : result;

/**
 * How many drafts a posted form holds, ticked or not. Each draft posts fields of its own, so a
 * count above the number of fields posted is a forged one, not a reason to loop for long; nor is
 * one above what the page ever shows.
 */
export const draftCount = (values: Record<string, string>): number =>
  Math.min(
    Math.max(0, Math.trunc(Number(values.draft_count) || 0)),
    Object.keys(values).length,
    MAX_DRAFTS,
  );

/** The ticked drafts of a posted form, each as a raw canonical claim input (draftRawInput). */
export function draftFormToInputs(values: Record<string, string>): DraftRow[] {
  const rows: DraftRow[] = [];
  for (let index = 0; index < draftCount(values); index++) {
    if (values[draftField(index, 'save')] === 'on')
      rows.push({ index, raw: draftRawInput(values, index) });
  }
  return rows;
}
