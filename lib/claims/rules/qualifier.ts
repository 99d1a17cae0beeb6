import type { Qualifier } from '@/db/enums';
import { COUNT_DIGITS, parseCount } from '@/lib/text/input-text';

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

const RANGE_PATTERNS = [
  new RegExp(String.raw`^between (${COUNT_DIGITS}) and (${COUNT_DIGITS})$`),
  new RegExp(String.raw`^(${COUNT_DIGITS}) to (${COUNT_DIGITS})$`),
  new RegExp(String.raw`^(${COUNT_DIGITS}) ?[-–] ?(${COUNT_DIGITS})$`),
];
const SINGLE = new RegExp(String.raw`^(.*?)\s*(${COUNT_DIGITS})$`);

export type QualifiedFigure = { qualifier: Qualifier; value: number; low?: number; high?: number };

/**
 * Reads a hedged figure written in words, as DESIGN.md maps them: "over 1,000" → more_than 1000,
 * "between 10 and 20" → range [10, 20]. Null when the text is not one figure with its hedge.
 */
export function parseQualifiedFigure(text: string): QualifiedFigure | null {
  const phrase = text.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const pattern of RANGE_PATTERNS) {
    const [, lowDigits = '', highDigits = ''] = pattern.exec(phrase) ?? [];
    const low = parseCount(lowDigits);
    const high = parseCount(highDigits);
    if (low !== null && high !== null) {
      return low <= high ? { qualifier: 'range', value: low, low, high } : null;
    }
  }
  const [, words, digits = ''] = SINGLE.exec(phrase) ?? [];
  const value = parseCount(digits);
  if (words === undefined || value === null) return null;
  const qualifier = words === '' ? 'exact' : QUALIFIER_BY_HEDGE.get(words);
  return qualifier ? { qualifier, value } : null;
}
