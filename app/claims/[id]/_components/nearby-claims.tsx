import { ClaimantName } from '@/app/_components/attribution';
import Link from 'next/link';
import { ClaimValue } from '@/app/_components/claim-value';
import { ReadingNote } from '@/app/_components/reading-note';
import { NEARBY_DAYS, NEARBY_LIMIT, type NearbyClaim } from '@/lib/server/claims/claim-page';
import { formatDay } from '@/lib/text/format';
import type { ClaimRow } from '@/lib/claims/claim-row';
import styles from '@/app/claims/[id]/page.module.css';

/** Other claimants' figures for the same metric around the same day, against this one. */
export function NearbyClaims({
  claim,
  nearby,
}: {
  claim: Pick<ClaimRow, 'as_of' | 'metric' | 'metric_name'>;
  nearby: NearbyClaim[];
}) {
  const around = `within ${NEARBY_DAYS} days of ${formatDay(claim.as_of)}`;
  return (
    <section aria-labelledby="nearby-title">
      <h2 id="nearby-title">Other claimants’ figures</h2>
      {nearby.length === 0 ? (
        <p className="muted">No other claimant gave a figure for this metric {around}.</p>
      ) : (
        <>
          <p className={`muted ${styles.legend}`}>
            Active figures for {claim.metric_name.toLowerCase()} {around}, compared with this one:{' '}
            <em>agrees</em> when one interval lies inside the other, <em>overlaps</em> when they
            share only some values, <em>higher</em> or <em>lower</em> when they share none.{' '}
            <ReadingNote anchor="comparisons" />
          </p>
          <ul className={styles.list}>
            {nearby.map(({ claim: other, comparison }) => (
              <li key={other.id} className={styles.item}>
                <div className={styles.itemHead}>
                  <Link href={`/claims/${other.id}`}>
                    <ClaimValue claim={other} />
                  </Link>
                  <span className={`${styles.badge} ${styles[comparison]}`}>{comparison}</span>
                </div>
                <div>
                  <ClaimantName claim={other} />
                  <span className="muted"> · as of {formatDay(other.as_of)}</span>
                </div>
              </li>
            ))}
          </ul>
          {nearby.length >= NEARBY_LIMIT && (
            <p className="muted">
              Showing the first {NEARBY_LIMIT}; the{' '}
              <Link href={`/metrics/${claim.metric}`}>metric’s page</Link> lists them all.
            </p>
          )}
        </>
      )}
    </section>
  );
}
