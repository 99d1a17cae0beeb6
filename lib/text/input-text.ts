// How every door (form, CSV, JSON, environment) reads the text a person typed.

// White space and invisible format characters (zero-width spaces, direction marks, the byte order
// mark): text made of nothing else shows as nothing, so it is as blank as "" to a reader.
const INVISIBLE_ONLY = /^[\s\p{Cf}]*$/u;

/**
 * Blank text is "missing", never a value: forms send "", CSV cells hold whitespace, JSON sends
 * null, and a paste may hold nothing but a zero-width space. Use it before a schema, so that
 * `z.coerce.number()` never turns "" into a silent zero.
 */
export function blankToUndefined(value: unknown): unknown {
  return value === null || (typeof value === 'string' && INVISIBLE_ONLY.test(value))
    ? undefined
    : value;
}

// Control characters but tab and line breaks, and halves of surrogate pairs: SQLite's text ends at
// NUL and stores a lone surrogate as U+FFFD, so such text would not read back as it was typed.
const UNSTORABLE = /(?![\t\n\r])[\p{Cc}\p{Cs}]/u;

/** Whether text can be stored and read back exactly: no control characters, no lone surrogates. */
export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** What to tell someone whose text fails isStorableText. */
export const STORABLE_TEXT_HINT =
  'Remove the control characters or broken Unicode (such as NUL or a lone surrogate)';

/**
 * A count as people write it: plain digits, comma thousands separators and a decimal point
 * ("48,450", "12.5"). A pattern source, to build into larger patterns.
 */
const COUNT_DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const COUNT = new RegExp(`^${COUNT_DIGITS}$`);

/**
 * The number a written count means, or null when it is not one: "48,450" → 48450, while "1,5"
 * is null (Number("1,5".replaceAll(",", "")) would read it as 15), and so is a row of 400 nines,
 * which no finite number holds.
 */
export function parseCount(text: string): number | null {
  const trimmed = text.trim();
  if (!COUNT.test(trimmed)) return null;
  const count = Number(trimmed.replaceAll(',', ''));
  return Number.isFinite(count) ? count : null;
}
