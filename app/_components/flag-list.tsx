import type { Flag } from '@/lib/claims/checks';

const CHECK_NAMES: Record<Flag['check'], string> = {
  parts_vs_whole: 'Parts exceed the whole',
  cumulative_fall: 'Running total fell',
  disagreement: 'Sources disagree',
  number_not_in_quote: 'Number not in the quote',
  no_quote: 'No quote',
};

/** The consistency flags on a figure, each with its explanation. */
export function FlagList({ flags }: { flags: Flag[] | undefined }) {
  if (!flags?.length) return null;
  return (
    <ul className="flag-list" aria-label="Consistency flags">
      {flags.map((flag) => (
        <li key={`${flag.check}-${flag.claim_ids.join('-')}`}>
          <span className={flag.check === 'no_quote' ? 'flag flag-mild' : 'flag'}>
            {CHECK_NAMES[flag.check]}
          </span>{' '}
          <span className="flag-message">{flag.message}</span>
        </li>
      ))}
    </ul>
  );
}
