import { QUALIFIERS, type Qualifier } from '@/db/enums';

/** Whether a text (a posted form field, say) is one of the qualifiers. */
export function isQualifier(text: string): text is Qualifier {
  return (QUALIFIERS as readonly string[]).includes(text);
}

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
