import type { Qualifier } from '@/db/enums';
import { hedgeWords } from '@/lib/text/format';
import { HEDGE_MARGIN, type QualifiedValue, hasOwnBounds } from './intervals';

const MARGIN = `${Math.round(HEDGE_MARGIN * 100)}%`;

/**
 * The hedges whose interval is Tally's convention and not the source's words ("nearly 150" does
 * not say how near), with the words and what Tally makes of them. The others ("at least", "over",
 * an exact figure, a range's two ends) mean what they say.
 */
export const HEDGE_READINGS: Partial<Record<Qualifier, { words: string; meaning: string }>> = {
  about: { words: hedgeOf('about'), meaning: `within ${MARGIN} either way` },
  nearly: { words: hedgeOf('nearly'), meaning: `up to ${MARGIN} below` },
  at_most: { words: hedgeOf('at_most'), meaning: 'anything from zero to the figure' },
  less_than: {
    words: hedgeOf('less_than'),
    meaning: 'anything from zero to just under the figure',
  },
};

function hedgeOf(qualifier: Qualifier, unit?: string): string {
  return hedgeWords(qualifier, unit) ?? qualifier;
}

/**
 * "Tally reads “nearly” as up to 10% below", or null for a hedge that means what it says; worded
 * for the unit ("fewer than" people, "less than" tonnes).
 */
export function qualifierReading(qualifier: Qualifier, unit?: string): string | null {
  const reading = HEDGE_READINGS[qualifier];
  return reading ? `Tally reads “${hedgeOf(qualifier, unit)}” as ${reading.meaning}` : null;
}

/**
 * The sentence that labels a figure's interval as Tally's reading, or null when the interval is
 * the source's own words. Bounds an editor typed in are said to be an editor's.
 */
export function tallyReading(figure: QualifiedValue & { unit?: string }): string | null {
  if (figure.qualifier !== 'range' && hasOwnBounds(figure)) {
    return 'The bounds were entered by an editor of Tally, not given in the quote';
  }
  return qualifierReading(figure.qualifier, figure.unit);
}
