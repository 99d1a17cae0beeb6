import { CLAIM_COLUMNS } from '@/lib/claims/input/columns';

/** A revision's snapshot: a ClaimRow when written, but stored JSON may predate today's columns. */
export type Snapshot = Readonly<Record<string, unknown>>;

export type FieldChange = { field: string; before: string; after: string };

const BLANK = '(blank)';

/** A snapshot value as text: null, undefined and '' are all a blank field. */
function display(value: unknown): string {
  if (value === null || value === undefined || value === '') return BLANK;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The CSV columns in their order, then any other field a snapshot holds; never the row id. */
function fieldsOf(before: Snapshot, after: Snapshot): string[] {
  const known: readonly string[] = CLAIM_COLUMNS;
  const extra = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((field) => field !== 'id' && !known.includes(field))
    .sort();
  return [...known, ...extra];
}

/**
 * The fields that differ between two consecutive snapshots of a claim, in CSV column order, with
 * both values as text ("value": "745" → "750"). A field that went from null to '' is unchanged.
 */
export function diffSnapshots(before: Snapshot, after: Snapshot): FieldChange[] {
  return fieldsOf(before, after)
    .map((field) => ({ field, before: display(before[field]), after: display(after[field]) }))
    .filter((change) => change.before !== change.after);
}
