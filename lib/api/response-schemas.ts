import { z } from 'zod';
import {
  ATTRIBUTIONS,
  CLAIM_STATUSES,
  METRIC_KINDS,
  QUALIFIERS,
  REVISION_ACTIONS,
  SOURCE_KINDS,
} from '@/db/enums';
import { type EntryWarning, FLAG_CHECKS } from '@/lib/claims/checks';

// What the JSON API answers, as zod schemas: the routes type their bodies with them, the OpenAPI
// document is generated from them, and the API tests parse real answers with them, so the three
// cannot drift apart. Strict objects: a key the contract does not name is a change to it.

const day = z.iso.date();
const text = z.string();

/** A metric as the API shows it (DESIGN.md: slug, name, topic, unit, kind, parent). */
export const MetricJson = z.strictObject({
  slug: text,
  name: text,
  topic: text.meta({ description: "The topic's slug" }),
  unit: text,
  kind: z.enum(METRIC_KINDS),
  parent: text.nullable().meta({ description: "The whole's slug, for a part of a whole" }),
  description: text.nullable(),
  parts_complete: z.boolean(),
});
export type MetricJson = z.infer<typeof MetricJson>;

/**
 * A stored claim: the CSV columns (names, not ids; null for blanks), its id and its claimant's slug.
 * low and high are null unless the claim is a range or an editor gave the bounds.
 */
export const ClaimJson = z.strictObject({
  id: z.int().positive(),
  topic: text,
  metric: text,
  metric_name: text,
  unit: text,
  metric_kind: z.enum(METRIC_KINDS),
  parent_metric: text.nullable(),
  value: z.number().nonnegative(),
  qualifier: z.enum(QUALIFIERS),
  low: z.number().nullable(),
  high: z.number().nullable(),
  as_of: day,
  period_start: day.nullable(),
  period_end: day.nullable(),
  claimant: text.nullable(),
  claimant_slug: text.nullable().meta({ description: 'Not a CSV column: the source by its slug' }),
  claimant_kind: z.enum(SOURCE_KINDS).nullable(),
  claimant_description: text.nullable(),
  via: text.nullable(),
  attribution: z.enum(ATTRIBUTIONS),
  stated_on: day.nullable(),
  url: text.nullable(),
  title: text.nullable(),
  publisher: text.nullable(),
  byline: text.nullable(),
  published_on: day.nullable(),
  archive_url: text.nullable(),
  quote: text.nullable(),
  notes: text.nullable(),
  status: z.enum(CLAIM_STATUSES),
  appearance_count: z
    .int()
    .positive()
    .meta({ description: 'Not a CSV column: in how many documents the claim appeared' }),
});
export type ClaimJson = z.infer<typeof ClaimJson>;

/** A row of GET /api/export.json: exactly the CSV columns. */
export const ExportRowJson = ClaimJson.omit({
  id: true,
  claimant_slug: true,
  appearance_count: true,
});

/** One document a claim appeared in; the claim's own document and quote are its first one's. */
export const AppearanceJson = z.strictObject({
  document_id: z.int().positive(),
  url: text.nullable(),
  title: text.nullable(),
  publisher: text.nullable(),
  byline: text.nullable(),
  published_on: day.nullable(),
  archive_url: text.nullable(),
  quote: text.nullable(),
  via: text.nullable(),
  attribution: z.enum(ATTRIBUTIONS),
  first: z.boolean(),
  entered_at: z.iso.datetime().meta({ description: 'When this appearance was entered' }),
});
export type AppearanceJson = z.infer<typeof AppearanceJson>;

/** One claim with every document it appeared in, first one first. */
export const ClaimDetailJson = z.strictObject({
  ...ClaimJson.shape,
  merged_into: z
    .int()
    .positive()
    .nullable()
    .meta({ description: "For status 'merged': the claim it now lives on in" }),
  appearances: z.array(AppearanceJson),
});
export type ClaimDetailJson = z.infer<typeof ClaimDetailJson>;

/** One problem a consistency check found, in the shape of `check --json`: the checks' Flag. */
export const FlagJson = z.strictObject({
  check: z.enum(FLAG_CHECKS),
  // The metric's slug; for parts vs whole, the whole's.
  metric: text,
  // The claimant's source slug, null for unattributed figures; for a disagreement, the first claim's.
  claimant: text.nullable(),
  claim_ids: z.array(z.int()),
  claim_count: z
    .int()
    .positive()
    .optional()
    .meta({
      description:
        'Present when claim_ids lists only some of the claims the flag is about: on a claim, ' +
        'a flag about many claims names that claim and the first few others; this is how many ' +
        'there are in all. `check --json` always lists them all.',
    }),
  // Otherwise the one as_of the flag is about.
  dates: z.array(day).meta({ description: 'For a fall, [before, after]' }),
  message: text,
});

type Tolerant<T extends z.ZodRawShape> = {
  [K in keyof T]: T[K] extends z.ZodNullable<z.ZodType> ? z.ZodOptional<T[K]> : T[K];
};

/** The shape with its nullable fields also allowed to be missing. */
function tolerant<T extends z.ZodRawShape>(shape: T): Tolerant<T> {
  const entries = Object.entries(shape).map(([key, schema]) => [
    key,
    schema instanceof z.ZodNullable ? schema.optional() : schema,
  ]);
  // Object.fromEntries loses the keys' types; the mapping above is exactly Tolerant's.
  return Object.fromEntries(entries) as Tolerant<T>;
}

/**
 * A claim as a revision stored it. Snapshots are written as ClaimJson, but stored JSON may predate
 * today's columns (the first ones have no claimant_slug): a nullable field may be missing, and a
 * key this version does not know is kept as it was stored, typed as unknown.
 */
export const ClaimSnapshot = z.looseObject({
  ...tolerant(ClaimJson.shape),
  // Snapshots from before appearances existed have no count.
  appearance_count: ClaimJson.shape.appearance_count.optional(),
});
export type ClaimSnapshot = z.infer<typeof ClaimSnapshot>;

/** An entry check the editor confirmed, as stored with the revision (a flag, at least its words). */
const EntryWarningJson = z.looseObject({
  check: text,
  message: text,
}) satisfies z.ZodType<EntryWarning>;

/** One change to a claim, with the claim as it stood after it. */
export const ClaimRevisionJson = z.strictObject({
  action: z.enum(REVISION_ACTIONS),
  created_at: z.iso.datetime(),
  editor_id: z.int().nullable(),
  reason: text.nullable(),
  warnings: z.array(EntryWarningJson),
  snapshot: ClaimSnapshot,
});
export type ClaimRevisionJson = z.infer<typeof ClaimRevisionJson>;

/** A source as GET /api/sources/[slug] shows it: who it is and the other names it answers to. */
export const SourceJson = z.strictObject({
  slug: text,
  name: text,
  kind: z.enum(SOURCE_KINDS),
  description: text.nullable(),
  url: text.nullable(),
  aliases: z.array(text).meta({ description: 'Other names it is known by, oldest first' }),
  merged_into: text.nullable().meta({
    description: "Found to be another source: that one's slug, which its claims moved to",
  }),
});
export type SourceJson = z.infer<typeof SourceJson>;

export const SourceResponse = z.strictObject({ source: SourceJson });
export type SourceResponse = z.infer<typeof SourceResponse>;

export const MetricListResponse = z.strictObject({
  metrics: z.array(
    z.strictObject({
      ...MetricJson.shape,
      latest: z.array(ClaimJson).meta({ description: 'The latest claim of each claimant' }),
    }),
  ),
});
export type MetricListResponse = z.infer<typeof MetricListResponse>;

export const MetricResponse = z.strictObject({ metric: MetricJson });
export type MetricResponse = z.infer<typeof MetricResponse>;

export const ClaimsPageResponse = z.strictObject({
  metric: MetricJson,
  claims: z.array(z.strictObject({ ...ClaimJson.shape, flags: z.array(FlagJson) })),
  next_cursor: text.nullable().meta({
    description:
      'The cursor of the next page; null at the end. A page stops short of `limit` claims ' +
      'when its answer would pass 16 MiB: follow next_cursor for the rest.',
  }),
});
export type ClaimsPageResponse = z.infer<typeof ClaimsPageResponse>;

export const ClaimResponse = z.strictObject({
  claim: ClaimDetailJson,
  revisions: z.array(ClaimRevisionJson),
});
export type ClaimResponse = z.infer<typeof ClaimResponse>;

const claimStored = <Present extends boolean, Added extends boolean>(
  present: Present,
  added: Added,
) =>
  z.strictObject({
    claim: ClaimJson,
    warnings: z.array(FlagJson).meta({ description: 'The entry checks, stored with the revision' }),
    already_present: z.literal(present),
    appearance_added: z.literal(added),
  });
/** POST /api/claims, 201: a new claim was stored. */
export const ClaimCreated = claimStored(false, false);
/** POST /api/claims, 200: a stored claim (same claim key) was found in another document. */
export const ClaimAppearanceAdded = claimStored(false, true);
/** POST /api/claims, 200: that claim already appears in that document: nothing written. */
export const ClaimAlreadyPresent = claimStored(true, false);
export type ClaimCreated = z.infer<typeof ClaimCreated>;
export type ClaimAppearanceAdded = z.infer<typeof ClaimAppearanceAdded>;
export type ClaimAlreadyPresent = z.infer<typeof ClaimAlreadyPresent>;

export const NotFoundError = z.strictObject({ error: z.literal('not_found') });
export const InvalidError = z.strictObject({
  error: z.literal('invalid'),
  fields: z.record(text, z.array(text)).meta({ description: 'Messages by field or parameter' }),
});
export const UnauthorizedError = z.strictObject({ error: z.literal('unauthorized') });
export const TooLargeError = z.strictObject({
  error: z.literal('too_large'),
  limit_bytes: z.int(),
});
export const UnavailableError = z.strictObject({ error: z.literal('unavailable') });
/** 429: the client has spent its share of reads that must be built (cached answers are free). */
export const RateLimitedError = z.strictObject({
  error: z.literal('rate_limited'),
  retry_after: z.int().positive().meta({ description: 'Seconds to wait, as in Retry-After' }),
});
export type RateLimitedError = z.infer<typeof RateLimitedError>;
/** 503 from an export: the server is already streaming as many exports as it streams at once. */
export const ExportsBusyError = z.strictObject({
  error: z.literal('exports_busy'),
  retry_after: z.int().positive().meta({ description: 'Seconds to wait, as in Retry-After' }),
});
export type ExportsBusyError = z.infer<typeof ExportsBusyError>;
