import type { Qualifier } from '@/db/enums';
import { HEDGE_MARGIN, type QualifiedValue, hasOwnBounds } from './intervals';

const MARGIN = `${Math.round(HEDGE_MARGIN * 100)}%`;

/**
 * The hedges whose interval is Tally's convention and not the source's words ("nearly 150" does
 * not say how near), with the words and what Tally makes of them. The others ("at least", "over",
 * an exact figure, a range's two ends) mean what they say.
 */
export const HEDGE_READINGS: Partial<Record<Qualifier, { words: string; meaning: string }>> = {
  about: { words: 'about', meaning: `within ${MARGIN} either way` },
  nearly: { words: 'nearly', meaning: `up to ${MARGIN} below` },
  at_most: { words: 'up to', meaning: 'anything from zero to the figure' },
  less_than: { words: 'fewer than', meaning: 'anything from zero to just under the figure' },
};

/** "Tally reads “nearly” as up to 10% below", or null for a hedge that means what it says. */
export function qualifierReading(qualifier: Qualifier): string | null {
  const reading = HEDGE_READINGS[qualifier];
  return reading ? `Tally reads “${reading.words}” as ${reading.meaning}` : null;
}

/**
 * The sentence that labels a figure's interval as Tally's reading, or null when the interval is
 * the source's own words. Bounds an editor typed in are said to be an editor's.
 */
export function tallyReading(figure: QualifiedValue): string | null {
  if (figure.qualifier !== 'range' && hasOwnBounds(figure)) {
    return 'The bounds were entered by an editor of Tally, not given in the quote';
  }
  return qualifierReading(figure.qualifier);
}
