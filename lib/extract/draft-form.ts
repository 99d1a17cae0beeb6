import type { ClaimColumn } from '@/lib/claims/input/columns';
import { NEW_OPTION, claimColumnsBetween } from '@/lib/claims/input/form-input';
import { slugify } from '@/lib/text/slug';
import type { Draft } from './types';

/** The claim columns an editor can change for each draft on /editor/extract. */
export const DRAFT_FIELDS = [
  ...claimColumnsBetween('value', 'stated_on'),
  ...claimColumnsBetween('quote', 'notes'),
];
/** The document fields, shared by every draft of a text. */
export const DOCUMENT_FIELDS = claimColumnsBetween('url', 'published_on');
/** What a draft needs when it creates its metric. */
const NEW_METRIC_FIELDS = ['metric_name', 'topic', 'unit', 'metric_kind'] as const;

/** The form field of draft `index`: "d2.value". */
export const draftField = <F extends string>(index: number, field: F): `d${number}.${F}` =>
  `d${index}.${field}`;

/** The fields of the drafts form that errors can belong to: a claim column of one draft. */
export type DraftFieldName = `d${number}.${ClaimColumn}`;

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

export type DraftRow = { index: number; raw: Record<string, string> };

/**
 * Maps the ticked drafts of a posted form into raw canonical claim inputs (CSV keys), each with the
 * document's fields; a "new metric" choice becomes metric_name, topic, unit and kind, and a part
 * whose total went to another metric names that metric as its parent. ClaimInput parses the rest.
 */
export function draftFormToInputs(values: Record<string, string>): DraftRow[] {
  const count = Number(values.draft_count ?? 0);
  const rows: DraftRow[] = [];
  const metricOf = (index: number): string => {
    const chosen = values[draftField(index, 'metric')] ?? '';
    return chosen === NEW_OPTION ? slugify(values[draftField(index, 'metric_name')] ?? '') : chosen;
  };
  for (let index = 0; index < count; index++) {
    if (values[draftField(index, 'save')] !== 'on') continue;
    const raw: Record<string, string> = {};
    for (const field of DOCUMENT_FIELDS) raw[field] = values[field] ?? '';
    for (const field of DRAFT_FIELDS) raw[field] = values[draftField(index, field)] ?? '';
    raw.metric = metricOf(index);
    if (values[draftField(index, 'metric')] === NEW_OPTION) {
      for (const field of NEW_METRIC_FIELDS) raw[field] = values[draftField(index, field)] ?? '';
      const total = values[draftField(index, 'part_of')];
      const parent = total ? metricOf(Number(total)) : '';
      if (parent && parent !== raw.metric && parent !== NEW_OPTION) raw.parent_metric = parent;
    }
    if (raw.attribution === 'unattributed') raw.claimant = '';
    rows.push({ index, raw });
  }
  return rows;
}
