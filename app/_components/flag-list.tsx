import type { Flag } from '@/lib/claims/checks';
import { CHECK_DESCRIPTIONS } from '@/lib/claims/checks/descriptions';
import styles from './flag-list.module.css';

/**
 * The consistency flags on a figure, each with its explanation. `compact` (in tables) names the
 * mild "no quote" flag without repeating its sentence on every row: the name says it all, and a
 * series without quotes would otherwise fill the table with one sentence.
 */
export function FlagList({
  flags,
  compact = false,
}: {
  flags: Flag[] | undefined;
  compact?: boolean;
}) {
  if (!flags?.length) return null;
  return (
    <ul className={styles.list} aria-label="Consistency flags">
      {flags.map((flag) => {
        const isMild = flag.check === 'no_quote';
        return (
          <li key={`${flag.check}-${flag.claim_ids.join('-')}`}>
            <span className={isMild ? `flag ${styles.mild}` : 'flag'} title={flag.message}>
              {CHECK_DESCRIPTIONS[flag.check].name}
            </span>
            {!(compact && isMild) && (
              <>
                {' '}
                <span className={styles.message}>{flag.message}</span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
