import { z } from 'zod';
import { ATTRIBUTIONS, ENTERED_STATUSES, METRIC_KINDS, QUALIFIERS, SOURCE_KINDS } from '@/db/enums';
import type { ClaimColumn } from '@/lib/claims/input/columns';
import {
  STORABLE_TEXT_HINT,
  blankToUndefined,
  isStorableText,
  parseCount,
} from '@/lib/text/input-text';
import { SLUG_HINT, SLUG_PATTERN } from '@/lib/text/slug';

export const TEXT_LIMIT = 5000;
export const NAME_LIMIT = 200;

// A count that is not one stays text, so the number schema rejects it with its message.
const readCount = (v: unknown): unknown => {
  const blankFree = blankToUndefined(v);
  return typeof blankFree === 'string' ? (parseCount(blankFree) ?? blankFree.trim()) : blankFree;
};

const count = z.preprocess(
  readCount,
  z
    .number({
      error: (issue) =>
        issue.input === undefined ? 'Enter a number' : 'Enter a number like 1,250 or 12.5',
    })
    .nonnegative('Must be 0 or more'),
);
const optionalCount = z.preprocess(readCount, count.optional());

const day = z.iso.date({ error: 'Use a real date as YYYY-MM-DD' });
const optionalDay = z.preprocess(blankToUndefined, day.optional());

const text = (limit: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(limit, `Keep it under ${limit.toLocaleString('en-GB')} characters`)
      .refine(isStorableText, STORABLE_TEXT_HINT)
      .optional(),
  );

// Only http and https links are stored: a javascript: or data: URL in a citation is an attack.
const webUrl = z.preprocess(
  blankToUndefined,
  z
    .url({ protocol: /^https?$/, error: 'Use an http:// or https:// link' })
    .max(2000, 'Keep links under 2,000 characters')
    .refine(isStorableText, STORABLE_TEXT_HINT)
    .optional(),
);

const slug = z.preprocess(
  blankToUndefined,
  z.string().trim().toLowerCase().regex(SLUG_PATTERN, SLUG_HINT).max(NAME_LIMIT).optional(),
);

const choice = <T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z.preprocess(
    blankToUndefined,
    z.enum(values, { error: `Use one of: ${values.join(', ')}` }).default(fallback),
  );
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    blankToUndefined,
    z.enum(values, { error: `Use one of: ${values.join(', ')}` }).optional(),
  );

const shape = {
  topic: slug,
  metric: z.preprocess(
    blankToUndefined,
    z
      .string({ error: 'Choose a metric' })
      .trim()
      .toLowerCase()
      .regex(SLUG_PATTERN, SLUG_HINT)
      .max(NAME_LIMIT),
  ),
  metric_name: text(NAME_LIMIT),
  unit: text(50),
  metric_kind: optionalChoice(METRIC_KINDS),
  parent_metric: slug,
  value: count,
  qualifier: choice(QUALIFIERS, 'exact'),
  low: optionalCount,
  high: optionalCount,
  as_of: z.preprocess(blankToUndefined, z.iso.date({ error: 'Use a real date as YYYY-MM-DD' })),
  period_start: optionalDay,
  period_end: optionalDay,
  claimant: text(NAME_LIMIT),
  claimant_kind: optionalChoice(SOURCE_KINDS),
  claimant_description: text(NAME_LIMIT),
  via: text(NAME_LIMIT),
  attribution: choice(ATTRIBUTIONS, 'reported'),
  stated_on: optionalDay,
  url: webUrl,
  title: text(500),
  publisher: text(NAME_LIMIT),
  byline: text(NAME_LIMIT),
  published_on: optionalDay,
  archive_url: webUrl,
  quote: text(TEXT_LIMIT),
  notes: text(TEXT_LIMIT),
  status: choice(ENTERED_STATUSES, 'active'),
} satisfies Record<ClaimColumn, z.ZodType>;

type Fail = (path: ClaimColumn, message: string) => void;

/** Rules between fields that hold only once each field is valid on its own. */
function checkBounds(claim: z.output<z.ZodObject<typeof shape>>, fail: Fail): void {
  if (claim.qualifier === 'range') {
    if (claim.high === undefined) fail('high', 'A range needs its high end');
    const low = claim.low ?? claim.value;
    if (claim.low !== undefined && claim.low !== claim.value)
      fail('low', 'For a range, value is the low end: give the same number');
    if (claim.high !== undefined && low > claim.high) fail('low', 'Low must not be above high');
  } else if (claim.low !== undefined && claim.high !== undefined && claim.low > claim.high) {
    fail('low', 'Low must not be above high');
  }
  if (claim.period_start && claim.period_end && claim.period_start > claim.period_end)
    fail('period_start', 'The period must start before it ends');
}

/**
 * Rules about what must be there at all. They run even when other fields are invalid, so a
 * rejected form names every missing part at once, not one per try.
 */
function checkPresence(claim: Record<string, unknown>, fail: Fail): void {
  const given = (key: string) => typeof blankToUndefined(claim[key]) === 'string';
  if (claim.attribution === 'unattributed') {
    if (given('claimant')) fail('claimant', 'An unattributed claim names no claimant');
  } else if (!given('claimant')) {
    fail('claimant', 'Name who made the claim, or set attribution to unattributed');
  }
  if (!given('url') && !given('title')) fail('url', 'Give the document: its link or its title');
}

/**
 * The canonical claim input: one object keyed by the CSV columns. The form, the JSON API, the
 * importer and the seed all adapt their raw shape to it and parse it here, and nowhere else.
 */
export const ClaimInput = z
  .object(shape)
  .superRefine((claim, ctx) =>
    checkBounds(claim, (path, message) => ctx.addIssue({ code: 'custom', path: [path], message })),
  )
  .check(
    z.superRefine(
      (claim: Record<string, unknown>, ctx) =>
        checkPresence(claim, (path, message) =>
          ctx.addIssue({ code: 'custom', path: [path], message }),
        ),
      { when: () => true },
    ),
  );
export type ClaimInput = z.infer<typeof ClaimInput>;
