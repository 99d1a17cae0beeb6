import {
  formatDay,
  formatInstant,
  intervalInWords,
  qualifiedValueInWords,
} from '@/lib/text/format';
import { figureInterval } from '@/lib/claims/rules/intervals';
import { tallyReading } from '@/lib/claims/rules/readings';
import { ReadingNote } from '@/app/_components/reading-note';
import type { ClaimRow } from '@/lib/claims/claim-row';
import styles from '@/app/claims/[id]/page.module.css';

type Props = {
  claim: ClaimRow;
  enteredAt: string;
  enteredBy: number | null;
};

const NOT_STATED = <span className="muted">not stated</span>;

/** "9 Mar 2025 to 10 Mar 2025", or one open end, or null when no period is given. */
function periodInWords(start: string | null, end: string | null): string | null {
  if (start && end) return `${formatDay(start)} to ${formatDay(end)}`;
  if (start) return `from ${formatDay(start)}`;
  if (end) return `until ${formatDay(end)}`;
  return null;
}

/** What the figure says and means, and every date attached to it. */
export function FigureFacts({ claim, enteredAt, enteredBy }: Props) {
  const interval = figureInterval(claim);
  // Said outright: a reader can take "more than 1,000" for a figure near 1,000.
  const openEnd = interval.high === null && interval.low !== null ? ' (no upper bound)' : '';
  const period = periodInWords(claim.period_start, claim.period_end);
  const reading = tallyReading(claim);
  return (
    <dl className={styles.facts}>
      <dt>As claimed</dt>
      <dd>
        <span className="figure">{qualifiedValueInWords(claim)}</span> {claim.unit}
      </dd>
      <dt>{reading ? 'Interval (Tally’s reading)' : 'Interval'}</dt>
      <dd>
        {`${intervalInWords(interval)}${openEnd}`}
        {reading && (
          <>
            <br />
            <ReadingNote reading={reading} />
          </>
        )}
      </dd>
      <dt>As of</dt>
      <dd>{formatDay(claim.as_of)}</dd>
      <dt>Period covered</dt>
      <dd>{period ?? NOT_STATED}</dd>
      <dt>Stated on</dt>
      <dd>{claim.stated_on ? formatDay(claim.stated_on) : NOT_STATED}</dd>
      <dt>Published on</dt>
      <dd>{claim.published_on ? formatDay(claim.published_on) : NOT_STATED}</dd>
      <dt>Entered</dt>
      <dd>
        {formatInstant(enteredAt)}{' '}
        <span className="muted">by {enteredBy === null ? 'seed/CLI' : `editor #${enteredBy}`}</span>
      </dd>
    </dl>
  );
}
