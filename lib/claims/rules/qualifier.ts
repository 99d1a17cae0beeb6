import type { Qualifier } from '@/db/enums';

// Longest phrases first, so "no more than" wins over "more than" and "just under" over "under".
const HEDGES: ReadonlyArray<readonly [string, Qualifier]> = (
  [
    ['at least', 'at_least'],
    ['no fewer than', 'at_least'],
    ['a minimum of', 'at_least'],
    ['over', 'more_than'],
    ['more than', 'more_than'],
    ['above', 'more_than'],
    ['upwards of', 'more_than'],
    ['in excess of', 'more_than'],
    ['about', 'about'],
    ['around', 'about'],
    ['some', 'about'],
    ['approximately', 'about'],
    ['roughly', 'about'],
    ['an estimated', 'about'],
    ['nearly', 'nearly'],
    ['almost', 'nearly'],
    ['close to', 'nearly'],
    ['just under', 'nearly'],
    ['up to', 'at_most'],
    ['at most', 'at_most'],
    ['as many as', 'at_most'],
    ['no more than', 'at_most'],
    ['fewer than', 'less_than'],
    ['less than', 'less_than'],
    ['under', 'less_than'],
    ['below', 'less_than'],
  ] as const
).toSorted((a, b) => b[0].length - a[0].length);

/**
 * The qualifier that the words just before a number give it ("at least" → at_least), or null when
 * they hold no hedge. Only the words that end `before` count: "killed over 1,000" is more_than.
 */
export function qualifierFromWords(before: string): Qualifier | null {
  const tail = before.toLowerCase().replace(/\s+/g, ' ').trimEnd();
  for (const [phrase, qualifier] of HEDGES) {
    if (tail === phrase || tail.endsWith(` ${phrase}`)) return qualifier;
  }
  return null;
}

const QUALIFIER_BY_HEDGE = new Map<string, Qualifier>(HEDGES);

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const RANGE_PATTERNS = [
  new RegExp(String.raw`^between (${NUMBER}) and (${NUMBER})$`),
  new RegExp(String.raw`^(${NUMBER}) to (${NUMBER})$`),
  new RegExp(String.raw`^(${NUMBER}) ?[-–] ?(${NUMBER})$`),
];
const SINGLE = new RegExp(String.raw`^(.*?)\s*(${NUMBER})$`);

export type QualifiedFigure = { qualifier: Qualifier; value: number; low?: number; high?: number };

const toNumber = (digits: string): number => Number(digits.replaceAll(',', ''));

/**
 * Reads a hedged figure written in words, as DESIGN.md maps them: "over 1,000" → more_than 1000,
 * "between 10 and 20" → range [10, 20]. Null when the text is not one figure with its hedge.
 */
export function parseQualifiedFigure(text: string): QualifiedFigure | null {
  const phrase = text.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const pattern of RANGE_PATTERNS) {
    const [, lowDigits, , highDigits] = pattern.exec(phrase) ?? [];
    if (lowDigits !== undefined && highDigits !== undefined) {
      const low = toNumber(lowDigits);
      const high = toNumber(highDigits);
      return low <= high ? { qualifier: 'range', value: low, low, high } : null;
    }
  }
  const [, words, digits] = SINGLE.exec(phrase) ?? [];
  if (words === undefined || digits === undefined) return null;
  const qualifier = words === '' ? 'exact' : QUALIFIER_BY_HEDGE.get(words);
  return qualifier ? { qualifier, value: toNumber(digits) } : null;
}
