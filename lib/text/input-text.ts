// How every door (form, CSV, JSON, environment) reads the text a person typed.

/**
 * Blank text is "missing", never a value: forms send "", CSV cells hold whitespace, JSON sends
 * null. Use it before a schema, so that `z.coerce.number()` never turns "" into a silent zero.
 */
export function blankToUndefined(value: unknown): unknown {
  return value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;
}

/**
 * A count as people write it: plain digits, comma thousands separators and a decimal point
 * ("48,450", "12.5"). A pattern source, to build into larger patterns.
 */
const COUNT_DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const COUNT = new RegExp(`^${COUNT_DIGITS}$`);

/**
 * The number a written count means, or null when it is not one: "48,450" → 48450, while "1,5"
 * is null (Number("1,5".replaceAll(",", "")) would read it as 15).
 */
export function parseCount(text: string): number | null {
  const trimmed = text.trim();
  return COUNT.test(trimmed) ? Number(trimmed.replaceAll(',', '')) : null;
}
