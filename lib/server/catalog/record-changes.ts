import 'server-only';
import type { RevisedRecord } from '@/db/schema';
import type { Snapshot } from '@/lib/claims/rules/revision-diff';
import { DEFAULT_DIVERGENCE_THRESHOLD, thresholdAsPercent } from '@/lib/catalog/inputs';
import { METRIC_KIND_LABELS, SOURCE_KIND_LABELS } from '@/lib/labels';
import { formatDay } from '@/lib/text/format';

/** One field that differs between two snapshots of a record, both values in words. */
export type RecordChange = {
  /** The stored column (camelCase), for keys and tests. */
  field: string;
  /** The field as a reader names it: "Divergence threshold". */
  label: string;
  /** The value in words; null when the field was blank. */
  before: string | null;
  after: string | null;
};

/** The names of the rows a snapshot points at by id: a metric's parent, a merged source's survivor. */
export type LinkedNames = {
  metrics: ReadonlyMap<number, string>;
  sources: ReadonlyMap<number, string>;
  topics: ReadonlyMap<number, string>;
};

type Words = (value: unknown, names: LinkedNames) => string | null;
type FieldWords = readonly [field: string, label: string, words?: Words];

const text: Words = (v) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)
    ? null
    : typeof v === 'string'
      ? v
      : Array.isArray(v)
        ? v.join(', ')
        : JSON.stringify(v);
const day: Words = (v) => (typeof v === 'string' && v !== '' ? formatDay(v) : null);
const yesNo: Words = (v) => (v === true ? 'yes' : v === false ? 'no' : text(v, EMPTY_NAMES));
const named =
  (kind: keyof LinkedNames): Words =>
  (v, names) =>
    typeof v === 'number' ? (names[kind].get(v) ?? `#${v}`) : null;
const labelled =
  (labels: Readonly<Record<string, string>>): Words =>
  (v) =>
    typeof v === 'string' ? (labels[v] ?? v) : text(v, EMPTY_NAMES);
// A blank threshold is not "nothing": alerts then use the default, and the history says so.
const threshold: Words = (v) =>
  typeof v === 'number'
    ? `${thresholdAsPercent(v)}%`
    : `the default (${thresholdAsPercent(DEFAULT_DIVERGENCE_THRESHOLD)}%)`;

const EMPTY_NAMES: LinkedNames = { metrics: new Map(), sources: new Map(), topics: new Map() };

// Each record's fields in the order its edit form shows them; `id` and `createdAt` never change.
const FIELDS: Record<RevisedRecord, readonly FieldWords[]> = {
  topic: [
    ['title', 'Title'],
    ['description', 'Description'],
    ['slug', 'Slug'],
  ],
  metric: [
    ['name', 'Name'],
    ['description', 'Description'],
    ['unit', 'Unit'],
    ['kind', 'Kind', labelled(METRIC_KIND_LABELS)],
    ['parentId', 'Part of', named('metrics')],
    ['isPartsComplete', 'Parts add up to the whole', yesNo],
    ['divergenceThreshold', 'Divergence threshold', threshold],
    ['topicId', 'Topic', named('topics')],
    ['slug', 'Slug'],
  ],
  source: [
    ['name', 'Name'],
    ['kind', 'Kind', labelled(SOURCE_KIND_LABELS)],
    ['url', 'Link'],
    ['description', 'Description'],
    ['aliases', 'Other names'],
    ['mergedInto', 'Merged into', named('sources')],
    ['slug', 'Slug'],
  ],
  document: [
    ['title', 'Title'],
    ['url', 'Link'],
    ['publisher', 'Publisher'],
    ['byline', 'Byline'],
    ['publishedOn', 'Published', day],
    ['retrievedOn', 'Retrieved', day],
    ['archiveUrl', 'Archive link', text],
  ],
};

const UNCHANGING = new Set(['id', 'createdAt']);

/** "archiveUrl" → "Archive url": a field this module does not know yet still reads as words. */
function fieldLabel(field: string): string {
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * What changed between two consecutive snapshots of a record, field by field in the order its
 * form shows them, then any field a later schema added; each value in words ("12.5%", "yes",
 * the parent's name rather than its id).
 */
export function recordChanges(
  record: RevisedRecord,
  before: Snapshot,
  after: Snapshot,
  names: LinkedNames,
): RecordChange[] {
  const known = FIELDS[record];
  const knownNames = new Set(known.map(([field]) => field));
  const others = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((field) => !knownNames.has(field) && !UNCHANGING.has(field))
    .sort()
    .map((field): FieldWords => [field, fieldLabel(field)]);
  return [...known, ...others].flatMap(([field, label, words = text]) => {
    if (!(field in before) && !(field in after)) return [];
    const was = words(before[field], names);
    const now = words(after[field], names);
    return was === now ? [] : [{ field, label, before: was, after: now }];
  });
}

/** The ids a record's snapshots point at, so their names can be read in one query each. */
export function linkedIds(record: RevisedRecord, snapshots: readonly Snapshot[]) {
  const ids = (key: string) =>
    [...new Set(snapshots.map((s) => s[key]))].filter((v): v is number => typeof v === 'number');
  return {
    metrics: record === 'metric' ? ids('parentId') : [],
    sources: record === 'source' ? ids('mergedInto') : [],
    topics: record === 'metric' ? ids('topicId') : [],
  };
}
