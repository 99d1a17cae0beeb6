import fc from 'fast-check';
import { encodeCursor } from '@/lib/claims/input/claims-query';
import {
  anyText,
  calendarDay,
  dayText,
  hostileText,
  hugeText,
  numberText,
} from '@/tests/unit/property/arbitraries';

// URL queries a hostile client sends: the parameters a route reads, with values near what they
// expect (days, limits, cursors, slugs) and far from it, repeated, blank, unknown, badly encoded.

/** Cursors: real ones, and base64url of JSON that is not a cursor, and of nothing at all. */
export const cursorText: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(calendarDay, fc.integer({ min: -5, max: 2 ** 53 }))
    .map(([day, id]) => encodeCursor(day, id)),
  fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value) ?? '').toString('base64url')),
  fc.string({ unit: 'binary' }).map((text) => Buffer.from(text).toString('base64url')),
);

/** A value for a query parameter: plausible for some parameter, or anything. */
export const paramValue = (slugs: readonly string[] = ['gaza-killed']): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: anyText, weight: 3 },
    { arbitrary: dayText, weight: 2 },
    { arbitrary: numberText, weight: 2 },
    { arbitrary: cursorText, weight: 1 },
    {
      arbitrary: fc.constantFrom(...slugs, '_unattributed', 'asc', 'desc', 'retracted'),
      weight: 2,
    },
    { arbitrary: fc.constant(''), weight: 1 },
    { arbitrary: hugeText, weight: 1 },
  );

/** Name-value pairs, mostly of the given parameters, some repeated, some unknown. */
export const queryPairs = (
  params: readonly string[],
  slugs?: readonly string[],
): fc.Arbitrary<[string, string][]> =>
  fc.array(
    fc.tuple(
      params.length === 0
        ? hostileText(8)
        : fc.oneof(
            { arbitrary: fc.constantFrom(...params), weight: 4 },
            { arbitrary: hostileText(8), weight: 1 },
          ),
      paramValue(slugs),
    ),
    { maxLength: 6 },
  );

/** A query string as typed into an address bar: stray `%`, `&`, `=`, `+`, `#` and bad escapes. */
export const rawQuery = (params: readonly string[]): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...params, 'x').map((p) => `${p}=`),
        fc.constantFrom('&', '=', '%', '%ZZ', '%E0%A4', '%00', '%FF', '+', '#', '?', ';', '%26'),
        fc.string({ unit: 'grapheme-ascii', maxLength: 4 }),
      ),
      { maxLength: 12 },
    )
    .map((tokens) => tokens.join(''));
