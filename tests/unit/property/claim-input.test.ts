import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { CLAIM_COLUMNS, type ClaimColumn } from '@/lib/claims/input/columns';
import { CLAIM_FORM_FIELDS, NEW_OPTION, claimFormToInput } from '@/lib/claims/input/form-input';
import { isCalendarDay } from '@/lib/text/dates';
import { formatDay } from '@/lib/text/format';
import { parseCount } from '@/lib/text/input-text';
import { SLUG_PATTERN, slugify } from '@/lib/text/slug';
import {
  FAST,
  anyJson,
  anyRawClaim,
  anyText,
  dayText,
  hostileText,
  loneSurrogate,
  numberText,
} from '@/tests/unit/property/arbitraries';
import { validClaim } from '@/tests/unit/property/valid-claims';

function fieldErrors(raw: unknown): Record<string, string[] | undefined> | null {
  const parsed = ClaimInput.safeParse(raw);
  if (parsed.success) return null;
  const { formErrors, fieldErrors } = z.flattenError(parsed.error);
  expect(formErrors).toEqual([]);
  return fieldErrors;
}

/** Fields whose rules read another field: a bad value in one may be reported on the other. */
const TIED: Partial<Record<ClaimColumn, ClaimColumn[]>> = {
  value: ['low', 'high'],
  qualifier: ['low', 'high'],
  low: ['high'],
  high: ['low'],
  period_start: ['period_end'],
  period_end: ['period_start'],
  attribution: ['claimant'],
  url: ['title'],
  title: ['url'],
};

const TEXT_COLUMNS = [
  'metric_name',
  'unit',
  'claimant',
  'claimant_description',
  'via',
  'title',
  'publisher',
  'byline',
  'quote',
  'notes',
] as const satisfies readonly ClaimColumn[];

describe('ClaimInput under hostile input', () => {
  test('never throws, and every rejection names a CSV column with a message', () => {
    fc.assert(
      fc.property(fc.oneof(anyRawClaim, fc.dictionary(anyText, anyJson, { maxKeys: 4 })), (raw) => {
        const errors = fieldErrors(raw);
        if (errors === null) return;
        expect(Object.keys(errors).length).toBeGreaterThan(0);
        for (const [field, messages] of Object.entries(errors)) {
          expect(CLAIM_COLUMNS).toContain(field);
          expect(messages?.length).toBeGreaterThan(0);
          for (const message of messages ?? []) expect(message).toMatch(/\w/);
        }
      }),
      FAST,
    );
  });

  test('a valid claim parses to what was typed: trimmed, counted, slugs lowercased', () => {
    fc.assert(
      fc.property(validClaim(), ({ raw, expected }) => {
        const parsed = ClaimInput.safeParse(raw);
        if (!parsed.success) expect(z.flattenError(parsed.error).fieldErrors).toEqual({});
        expect(parsed.data).toEqual(expected);
      }),
      FAST,
    );
  });

  test('one bad field in a valid claim is named, and no field it has no rule with', () => {
    const column = fc.constantFrom(...CLAIM_COLUMNS);
    fc.assert(
      fc.property(validClaim(), column, fc.oneof(anyText, anyJson), ({ raw }, field, bad) => {
        const errors = fieldErrors({ ...raw, [field]: bad });
        if (errors === null) return;
        const allowed = [field, ...(TIED[field] ?? [])];
        expect(Object.keys(errors).filter((key) => !allowed.includes(key as ClaimColumn))).toEqual(
          [],
        );
      }),
      FAST,
    );
  });

  test('text that cannot be stored as it was typed (NUL, controls, lone surrogates) is refused', () => {
    const unstorable = fc.oneof(
      loneSurrogate,
      fc.integer({ min: 0, max: 0x1f }).filter((c) => ![9, 10, 13].includes(c)),
      fc.integer({ min: 0x7f, max: 0x9f }),
    );
    const broken = fc
      .tuple(hostileText(6), unstorable, hostileText(6))
      .map(([before, bad, after]) => {
        const char = typeof bad === 'number' ? String.fromCharCode(bad) : bad;
        // Inside the text (trimming takes a vertical tab off the ends, rightly), and between
        // letters: a lone surrogate beside another half would make a pair, which is text.
        return `x${before}x${char}x${after}x`;
      });
    fc.assert(
      fc.property(
        validClaim(),
        fc.constantFrom(...TEXT_COLUMNS),
        broken,
        ({ raw }, field, text) => {
          const errors = fieldErrors({
            ...raw,
            attribution: 'direct',
            claimant: 'x',
            [field]: text,
          });
          expect(errors?.[field]).toBeDefined();
        },
      ),
      FAST,
    );
  });

  test('as_of is a day exactly when the calendar says so, and every such day can be shown', () => {
    fc.assert(
      fc.property(validClaim(), dayText, ({ raw }, day) => {
        const accepted = fieldErrors({ ...raw, as_of: day })?.as_of === undefined;
        expect(accepted).toBe(isCalendarDay(day));
        if (accepted) expect(formatDay(day)).not.toBe(day);
      }),
      FAST,
    );
  });

  test('a count is a finite number or nothing', () => {
    fc.assert(
      fc.property(fc.oneof(numberText, anyText), (text) => {
        const count = parseCount(text);
        if (count !== null) expect(Number.isFinite(count) && count >= 0).toBe(true);
      }),
      FAST,
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseCount(n.toLocaleString('en-US'))).toBe(n);
      }),
      FAST,
    );
  });
});

describe('the claim form mapped into the input', () => {
  const formField = fc.oneof(
    { arbitrary: fc.constantFrom(...CLAIM_FORM_FIELDS, 'status', 'confirm_warnings'), weight: 4 },
    { arbitrary: hostileText(8), weight: 1 },
  );
  const formValue = fc.oneof(anyText, fc.constant('__new__'));

  test('never throws, and every rejection names a field the form shows', () => {
    fc.assert(
      fc.property(fc.dictionary(formField, formValue, { maxKeys: 12 }), (form) => {
        const { raw } = claimFormToInput(form);
        for (const key of Object.keys(raw)) expect(CLAIM_COLUMNS).toContain(key);
        for (const field of Object.keys(fieldErrors(raw) ?? {}))
          expect(CLAIM_FORM_FIELDS).toContain(field);
      }),
      FAST,
    );
  });

  test('a valid claim typed into the form parses as it would from a CSV row', () => {
    fc.assert(
      fc.property(validClaim(), ({ raw, expected }) => {
        // The form sets a metric's and a claimant's kind only when it creates them, and never status.
        const { metric_kind: _metricKind, claimant_kind: _claimantKind, ...kept } = expected;
        const form = { ...raw, status: 'retracted' };
        expect(ClaimInput.parse(claimFormToInput(form).raw)).toEqual(kept);
      }),
      FAST,
    );
  });

  test('a new metric takes its slug from its name, or asks for one: never a slug of nothing', () => {
    const name = fc.oneof(hostileText(30), fc.string({ unit: 'grapheme', maxLength: 12 }));
    fc.assert(
      fc.property(name, fc.constantFrom('', ' '), (metricName, typedSlug) => {
        const { raw } = claimFormToInput({
          metric: NEW_OPTION,
          metric_name: metricName,
          new_metric_slug: typedSlug,
          topic: 'gaza-war',
        });
        // The name's own letters and digits, as a slug may spell them: no accents, lowercase.
        const letters = metricName
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase();
        const slug = raw.metric ?? '';
        if (!SLUG_PATTERN.test(slug)) expect(fieldErrors(raw)?.metric).toBeDefined();
        for (const word of SLUG_PATTERN.test(slug) ? slug.split('-') : [])
          expect(letters).toContain(word);
      }),
      FAST,
    );
  });
});

describe('slugify', () => {
  test('any name becomes a slug of at most 80 characters, and a slug stays itself', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, hostileText(120)), (name) => {
        const slug = slugify(name);
        expect(slug).toMatch(SLUG_PATTERN);
        expect(slug.length).toBeLessThanOrEqual(80);
        expect(slugify(slug)).toBe(slug);
      }),
      FAST,
    );
  });
});
