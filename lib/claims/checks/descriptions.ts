import type { Flag } from './claims';

/**
 * Each check's name and what it means, in plain words, for readers: on flags and on the page that
 * explains Tally's conventions. How each is computed is in docs/checks.md.
 */
export const CHECK_DESCRIPTIONS: Record<Flag['check'], { name: string; meaning: string }> = {
  parts_vs_whole: {
    name: 'Parts exceed the whole',
    meaning:
      'For one claimant and day, the parts of a figure (civilians and fighters within everyone killed) add up to more than the whole allows; for a breakdown marked complete, also to less.',
  },
  cumulative_fall: {
    name: 'Running total fell',
    meaning:
      'A running total, such as a death toll to date, is lower than the same claimant’s figure before it. Tolls can be revised down, so this asks a reader to look, not to doubt.',
  },
  disagreement: {
    name: 'Sources disagree',
    meaning:
      'Two claimants give the same measure for the same day, and no single number fits both figures as Tally reads them.',
  },
  conflict: {
    name: 'Two figures in one document',
    meaning:
      'One document gives two different figures from the same claimant for the same measure and day, so one of them may have been mis-entered, or the document contradicts itself.',
  },
  duplicate: {
    name: 'Stored twice',
    meaning:
      'The same claimant’s same figure for the same day is stored as more than one claim. It is one claim, seen in several documents, and should be counted once.',
  },
  number_not_in_quote: {
    name: 'Number not in the quote',
    meaning:
      'The quote does not write the figure in any common form (digits, words, “1.2 million”), so the figure may have been mistyped or worked out.',
  },
  no_quote: {
    name: 'No quote',
    meaning:
      'No sentence from the document was recorded, so the figure cannot be checked against it.',
  },
};
