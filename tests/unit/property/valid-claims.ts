import fc from 'fast-check';
import { ATTRIBUTIONS, METRIC_KINDS, QUALIFIERS, SOURCE_KINDS } from '@/db/enums';
import type { ClaimInput } from '@/lib/claims/input/claim-input';
import { SLUG_PATTERN } from '@/lib/text/slug';
import { TRICKY_CHARS, calendarDay, recentDay } from '@/tests/unit/property/arbitraries';

// Valid claims as a person or a script would send them, each with the claim it must parse to:
// written by hand here (trimmed text, numbers without their commas, lowercased slugs), never
// computed by the code under test.

// Every tricky character that is still text: no control characters but tab and line breaks, no
// lone surrogates. Right-to-left marks, zero-width spaces, emoji, quotes and formula signs stay.
const STORABLE_CHARS = TRICKY_CHARS.filter((c) => !/(?![\t\n\r])[\p{Cc}\p{Cs}]/u.test(c));

const plainUnit = fc.oneof(
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 3 },
  { arbitrary: fc.constantFrom(...STORABLE_CHARS), weight: 2 },
);

/** Text someone could mean: at least one visible character, at most `maxLength` code units. */
export const plainText = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .string({ unit: plainUnit, minLength: 1, maxLength: Math.min(maxLength, 30) })
    .map((text) => text.slice(0, maxLength))
    .filter((text) => /[^\s\p{Cf}]/u.test(text) && text.trim().length <= maxLength);

/** A slug as a person may type it: any case, spaces around. */
export const typedSlug: fc.Arbitrary<{ typed: string; slug: string }> = fc
  .tuple(
    fc.stringMatching(SLUG_PATTERN).filter((slug) => slug.length <= 80),
    fc.boolean(),
    fc.constantFrom('', ' ', '\t', '\u00a0'),
  )
  .map(([slug, upper, space]) => ({
    typed: `${space}${upper ? slug.toUpperCase() : slug}${space}`,
    slug,
  }));

/** A count written as people write it, and the number it is. */
export const countText: fc.Arbitrary<{ typed: string; value: number }> = fc.oneof(
  fc.integer({ min: 0, max: 10 ** 9 }).map((n) => ({ typed: String(n), value: n })),
  fc.integer({ min: 0, max: 10 ** 9 }).map((n) => ({ typed: n.toLocaleString('en-US'), value: n })),
  fc
    .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }))
    .map(([whole, cents]) => ({
      typed: ` ${whole}.${String(cents).padStart(2, '0')} `,
      value: Number(`${whole}.${String(cents).padStart(2, '0')}`),
    })),
);

/** Two calendar days, the first not after the second. */
const orderedDays = fc
  .tuple(calendarDay, calendarDay)
  .map(([a, b]) => (a <= b ? ([a, b] as const) : ([b, a] as const)));

const webUrl = fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true });

export type ValidClaim = { raw: Record<string, string>; expected: Partial<ClaimInput> };

type Options = {
  /** The metric: a slug (typed any way) when not given. */
  metric?: fc.Arbitrary<{ typed: string; slug: string }>;
  /** The claimant's name, when the claim is attributed. */
  claimant?: fc.Arbitrary<string>;
  /** Days to draw as_of and the period from; any day of years 0000 to 9999 when not given. */
  days?: fc.Arbitrary<string>;
};

/**
 * A raw claim keyed by the CSV columns that ClaimInput must accept, and the fields it must come
 * out with. Optional columns are sometimes left out, sometimes sent blank.
 */
export function validClaim(options: Options = {}): fc.Arbitrary<ValidClaim> {
  const days = options.days ?? calendarDay;
  const text = (limit: number) => fc.option(plainText(limit), { nil: undefined });
  return fc
    .record({
      metric: options.metric ?? typedSlug,
      count: countText,
      qualifier: fc.constantFrom(...QUALIFIERS),
      headroom: fc.integer({ min: 0, max: 10 ** 6 }),
      asOf: days,
      period: fc.option(orderedDays, { nil: undefined }),
      attribution: fc.constantFrom(...ATTRIBUTIONS),
      claimant: options.claimant ?? plainText(200),
      claimantKind: fc.option(fc.constantFrom(...SOURCE_KINDS), { nil: undefined }),
      metricKind: fc.option(fc.constantFrom(...METRIC_KINDS), { nil: undefined }),
      url: fc.option(webUrl, { nil: undefined }),
      title: plainText(500),
      withTitle: fc.boolean(),
      publisher: text(200),
      quote: fc.oneof(text(5000), fc.constant('\u202e'.repeat(4999) + 'x')),
      notes: text(5000),
      blank: fc.constantFrom('', '  ', '\u3000'),
    })
    .map((c) => {
      const raw: Record<string, string> = {
        metric: c.metric.typed,
        value: c.count.typed,
        qualifier: c.qualifier,
        as_of: c.asOf,
        attribution: c.attribution,
        period_start: c.period?.[0] ?? c.blank,
        notes: c.notes ?? c.blank,
      };
      const expected: Partial<ClaimInput> = {
        metric: c.metric.slug,
        value: c.count.value,
        qualifier: c.qualifier,
        as_of: c.asOf,
        attribution: c.attribution,
        period_start: c.period?.[0],
        period_end: c.period?.[1],
        notes: c.notes?.trim(),
        status: 'active',
      };
      if (c.period) raw.period_end = c.period[1];
      if (c.qualifier === 'range') {
        raw.high = String(c.count.value + c.headroom);
        expected.high = c.count.value + c.headroom;
      }
      if (c.attribution !== 'unattributed') {
        raw.claimant = c.claimant;
        expected.claimant = c.claimant.trim();
      }
      const optional = {
        claimant_kind: c.claimantKind,
        metric_kind: c.metricKind,
        url: c.url,
        title: c.withTitle || !c.url ? c.title : undefined,
        publisher: c.publisher,
        quote: c.quote,
      } as const;
      for (const [column, value] of Object.entries(optional)) {
        if (value === undefined) continue;
        raw[column] = value;
        Object.assign(expected, { [column]: value.trim() });
      }
      return { raw, expected };
    });
}

/**
 * The claim made its own: a tag on its claimant (created as a source of kind 'other' when it is
 * new), its title and its link keeps a source or document of another run from answering to them.
 */
export function taggedClaim({ raw, expected }: ValidClaim, tag: string): ValidClaim {
  const row: Record<string, string> = { ...raw, title: `${raw.title ?? 'Report'} ${tag}` };
  delete row.metric_kind;
  if (raw.url) row.url = `${raw.url}#${tag}`;
  const claim: Partial<ClaimInput> = { ...expected, title: row.title?.trim(), url: row.url };
  delete claim.metric_kind;
  if (raw.claimant !== undefined) {
    row.claimant = `${raw.claimant} ${tag}`;
    row.claimant_kind = raw.claimant_kind ?? 'other';
    claim.claimant = row.claimant.trim();
    claim.claimant_kind = row.claimant_kind as ClaimInput['claimant_kind'];
  }
  return { raw: row, expected: claim };
}

const COMPARED = [
  'value',
  'qualifier',
  'as_of',
  'period_start',
  'period_end',
  'claimant',
  'attribution',
  'url',
  'title',
  'publisher',
  'quote',
  'notes',
  'status',
] as const;

/** What a stored claim must give back of what was sent, blanks as null, as one sortable string. */
export function comparedFields(claim: Record<string, unknown>): string {
  const fields: Record<string, unknown> = {};
  for (const key of COMPARED) fields[key] = claim[key] ?? null;
  if (claim.qualifier === 'range') fields.high = claim.high;
  return JSON.stringify(fields);
}

/** A valid claim of a stored metric (gaza-killed), dated in recent decades as most figures are. */
export const recentValidClaim: fc.Arbitrary<ValidClaim> = validClaim({
  metric: fc.constant({ typed: 'gaza-killed', slug: 'gaza-killed' }),
  days: recentDay,
});
