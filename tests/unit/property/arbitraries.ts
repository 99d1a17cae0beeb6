import fc from 'fast-check';
import { ATTRIBUTIONS, METRIC_KINDS, QUALIFIERS, SOURCE_KINDS } from '@/db/enums';
import { CLAIM_COLUMNS, type ClaimColumn } from '@/lib/claims/input/columns';

// What a hostile client sends, as fast-check arbitraries shared by the property tests. Every run is
// bounded (FAST, short strings, a few huge lines), so a suite stays at seconds; fast-check prints
// the seed and the shrunk counterexample of a failure, to replay it with `seed`.

/** Runs per property: enough to meet every kind of input below, few enough to stay fast. */
export const FAST = { numRuns: 200 } as const;

/** Characters that break naive text handling, each one on purpose. */
export const TRICKY_CHARS = [
  '\u0000', // NUL: SQLite's text functions stop at it
  '\u0007',
  '\u001b',
  '\u007f',
  '\t',
  '\n',
  '\r',
  '\u2028', // line separator: JSON allows it, old JavaScript did not
  '\u0085',
  '\u200e', // left-to-right mark
  '\u200f', // right-to-left mark
  '\u202e', // right-to-left override: makes "gpj.exe" look like "exe.jpg"
  '\u2066',
  '\u200b', // zero-width space: JavaScript's trim() keeps it
  '\u180e',
  '\ufeff', // byte order mark: trim() removes it
  '\u00a0',
  '\u3000',
  '\ufffd',
  '\uffff',
  'e\u0301', // é decomposed
  '\u0130', // İ: lowercases to two code points
  '\u212a', // Kelvin sign: lowercases to an ASCII k
  '\u{1f600}', // outside the BMP: a surrogate pair
  '\u0663', // Arabic-Indic three
  '\uff11', // fullwidth one
  '"',
  "'",
  ',',
  ';',
  '\\',
  '%',
  '%00',
  '<script>',
  '=',
  '+',
  '-',
  '@',
  '/',
  '.',
  '__proto__',
];

/** Half of a surrogate pair on its own: a JavaScript string, but not Unicode text. */
export const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((code) => String.fromCharCode(code));

const hostileUnit = fc.oneof(
  { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 2 },
  { arbitrary: fc.constantFrom(...TRICKY_CHARS), weight: 3 },
  { arbitrary: loneSurrogate, weight: 1 },
);

/** Short text of anything: ASCII, any code point, the tricky characters, lone surrogates. */
export const hostileText = (maxLength = 24): fc.Arbitrary<string> =>
  fc.string({ unit: hostileUnit, maxLength });

/** One character repeated past every limit, up to a 1 MB line. */
export const hugeText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('x', '9', ' ', ',', '\u202e', '\u0000', '"'),
    fc.constantFrom(201, 5001, 2 ** 20),
  )
  .map(([char, length]) => char.repeat(length));

/** Counts as people write them, and near misses of them. */
export const numberText: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 10 ** 9 }).map(String),
  fc.integer({ min: 0, max: 10 ** 9 }).map((n) => n.toLocaleString('en-US')),
  fc.double({ noNaN: false }).map(String),
  fc.bigInt().map(String),
  fc.constantFrom('1,5', '0x10', '1e3', '-5', '+5', ' 7 ', '.5', '5.', '1,00', 'Infinity', 'NaN'),
  fc.constantFrom('\u0663', '\uff11\uff12', '1\u00a0000', '1 000', '12abc', '1_000', '٣٬٠٠٠'),
  fc.tuple(fc.integer({ min: 0, max: 999 }), hostileText(3)).map(([n, t]) => `${n}${t}`),
);

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A real calendar day, 'YYYY-MM-DD', anywhere in years 0000 to 9999. */
export const calendarDay: fc.Arbitrary<string> = fc
  .date({
    min: new Date('0000-01-01T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

/** A recent day, for figures that should read as ordinary ones. */
export const recentDay: fc.Arbitrary<string> = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

/** Days and things that look like days: impossible dates, other formats, datetimes, noise. */
export const dayText: fc.Arbitrary<string> = fc.oneof(
  calendarDay,
  fc
    .tuple(
      fc.integer({ min: 0, max: 99999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  calendarDay.map((day) => `${day}T00:00:00Z`),
  calendarDay.map((day) => day.split('-').reverse().join('/')),
  fc.constantFrom('2025-02-29', '2024-02-30', '2025-3-9', '9 Mar 2025', '20250309', '+02025-03-09'),
  fc.tuple(calendarDay, fc.constantFrom(...TRICKY_CHARS)).map(([day, c]) => `${day}${c}`),
);

/**
 * Any one value a CSV cell, form field or URL parameter may hold, short: a row of them stays cheap.
 * `anyRawClaim` and the query values add the huge ones.
 */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: hostileText(), weight: 6 },
  { arbitrary: numberText, weight: 2 },
  { arbitrary: dayText, weight: 2 },
  {
    arbitrary: fc.constantFrom(...QUALIFIERS, ...ATTRIBUTIONS, ...METRIC_KINDS, ...SOURCE_KINDS),
    weight: 1,
  },
  { arbitrary: fc.webUrl().map((url) => url), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      'javascript:alert(1)',
      'data:text/html,x',
      'ftp://x.y',
      '//evil.example',
    ),
    weight: 1,
  },
);

/** Any JSON value an API body or a JSON import element may hold. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: anyText, weight: 5 },
  { arbitrary: fc.oneof(fc.double(), fc.integer(), fc.boolean(), fc.constant(null)), weight: 2 },
  { arbitrary: fc.array(fc.oneof(fc.integer(), hostileText(4)), { maxLength: 3 }), weight: 1 },
  { arbitrary: fc.dictionary(hostileText(4), hostileText(4), { maxKeys: 2 }), weight: 1 },
);

/** A raw claim of anything: some of the CSV columns, each holding any text, one maybe huge. */
export const anyRawClaim: fc.Arbitrary<Partial<Record<ClaimColumn, string>>> = fc
  .tuple(
    fc.record(
      Object.fromEntries(CLAIM_COLUMNS.map((column) => [column, anyText])) as Record<
        ClaimColumn,
        fc.Arbitrary<string>
      >,
      { requiredKeys: [] },
    ),
    fc.oneof(
      { arbitrary: fc.constant(null), weight: 5 },
      { arbitrary: fc.tuple(fc.constantFrom(...CLAIM_COLUMNS), hugeText), weight: 1 },
    ),
  )
  .map(([raw, huge]) => (huge ? { ...raw, [huge[0]]: huge[1] } : raw));
