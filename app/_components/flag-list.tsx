import Link from 'next/link';
import type { Flag } from '@/lib/claims/checks';
import { CHECK_DESCRIPTIONS } from '@/lib/claims/checks/descriptions';
import { formatDay, formatNumber } from '@/lib/text/format';
import { metricPageHref } from '@/lib/metrics/page-query';
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
            <AllClaimsLink flag={flag} />
          </li>
        );
      })}
    </ul>
  );
}

/**
 * A flag about more claims than it names on this one (a day of many disagreeing figures) says how
 * many, and links to the metric's figures of its dates, where every one of them is listed.
 */
function AllClaimsLink({ flag }: { flag: Flag }) {
  const from = flag.dates[0];
  const to = flag.dates.at(-1) ?? from;
  if (flag.claim_count === undefined || from === undefined || to === undefined) return null;
  const state = { from, to, claimant: null, status: 'active', sort: 'asc', page: 1 } as const;
  return (
    <span className={styles.message}>
      {' '}
      ({formatNumber(flag.claim_count)} figures in all:{' '}
      <Link href={metricPageHref(flag.metric, state, 'figures')}>
        see every figure of {formatDay(from)}
        {to !== from && ` to ${formatDay(to)}`}
      </Link>
      )
    </span>
  );
}
