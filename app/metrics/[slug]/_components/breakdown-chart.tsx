import Link from 'next/link';
import type { Breakdown } from '@/lib/charts/breakdown';
import { formatDay, formatNumber, intervalInWords } from '@/lib/text/format';
import { ReadingNote } from '@/app/_components/reading-note';
import styles from '@/app/metrics/[slug]/page.module.css';

const WIDTH = 600;
const BAR = 18;
// A long daily series has a breakdown for each day: the page draws a few and lists the most
// recent, so a metric of 10,000 figures does not send thousands of rows; the checks list the rest.
const MAX_DRAWN = 12;
const MAX_LISTED = 100;

/**
 * For each claimant and date: the parts stacked on one bar, the whole's interval on the bar above,
 * and the verdict of the parts-vs-whole rule in words.
 */
export function BreakdownChart({
  breakdowns,
  isComplete,
}: {
  breakdowns: Breakdown[];
  isComplete: boolean;
}) {
  const shown = breakdownsToDraw(breakdowns);
  const listed = breakdowns.slice(-MAX_LISTED).reverse();
  const misfits = breakdowns.filter((b) => !b.verdict.fits).length;
  return (
    <section aria-labelledby="breakdown">
      <h2 id="breakdown">Breakdown</h2>
      <p className="muted">
        {isComplete
          ? 'The parts are complete: together they must match the total.'
          : 'The parts are partial: together they may fall short of the total, but never exceed it.'}{' '}
        <ReadingNote
          anchor="breakdowns"
          reading="The parts’ sum adds up Tally’s reading of each hedge"
        />
      </p>
      {shown.map((b) => (
        <BreakdownRow key={b.whole.claimId} breakdown={b} />
      ))}
      {breakdowns.length > shown.length && (
        <details className={styles.breakdownAll}>
          <summary>
            {breakdowns.length > MAX_LISTED
              ? `The ${MAX_LISTED} most recent of ${formatNumber(breakdowns.length)} dates with a breakdown`
              : `All ${breakdowns.length} dates with a breakdown`}
            {misfits > 0 && ` (${formatNumber(misfits)} where the parts exceed the total)`}
          </summary>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">As of</th>
                  <th scope="col">Claimant</th>
                  <th scope="col">Total</th>
                  <th scope="col">Parts add up to</th>
                  <th scope="col">Verdict</th>
                </tr>
              </thead>
              <tbody>
                {listed.map((b) => (
                  <tr key={b.whole.claimId}>
                    <td className="nowrap">{formatDay(b.asOf)}</td>
                    <td>{b.claimant}</td>
                    <td>
                      <Link href={`/claims/${b.whole.claimId}`}>
                        {intervalInWords(b.whole.interval)}
                      </Link>
                    </td>
                    <td>{intervalInWords(b.verdict.partsSum)}</td>
                    <td className={b.verdict.fits ? undefined : 'flag'}>
                      {b.verdict.fits ? 'fits' : 'exceeds the total'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}

/**
 * Each claimant's latest breakdown, and the most recent ones whose parts do not fit, drawn in
 * full: at most MAX_DRAWN, in date order.
 */
function breakdownsToDraw(breakdowns: Breakdown[]): Breakdown[] {
  const latest = new Map<string, Breakdown>();
  for (const b of breakdowns) latest.set(b.claimant, b);
  const room = Math.max(0, MAX_DRAWN - latest.size);
  const misfitList = breakdowns.filter((b) => !b.verdict.fits);
  const misfits = new Set(misfitList.slice(Math.max(0, misfitList.length - room)));
  return breakdowns.filter((b) => misfits.has(b) || latest.get(b.claimant) === b);
}

function BreakdownRow({ breakdown }: { breakdown: Breakdown }) {
  const { whole, parts, verdict } = breakdown;
  const scaleMax =
    Math.max(
      whole.interval.high ?? whole.value,
      verdict.partsSum.high ?? verdict.partsSum.low ?? 0,
      whole.value,
    ) * 1.15;
  const px = (n: number) => (n / scaleMax) * WIDTH;
  const wholeLow = px(whole.interval.low ?? 0);
  const wholeHigh = whole.interval.high === null ? WIDTH : px(whole.interval.high);
  // Each part starts where the previous ones end.
  const starts = parts.map((_, index) =>
    px(parts.slice(0, index).reduce((sum, p) => sum + p.value, 0)),
  );
  return (
    <figure className={`${styles.breakdown} card`}>
      <figcaption>
        <strong>{breakdown.claimant}</strong>, {formatDay(breakdown.asOf)}:{' '}
        <span className={verdict.fits ? styles.verdictOk : 'flag'}>
          {verdict.fits ? 'the parts fit the total' : 'the parts exceed the total'}
        </span>{' '}
        <span className="muted">
          ({verdict.breakdown} breakdown: parts add up to {intervalInWords(verdict.partsSum)}; total{' '}
          {intervalInWords(whole.interval)})
        </span>
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${BAR * 2 + 14}`}
        role="img"
        aria-label={`Total ${intervalInWords(whole.interval)}; parts ${parts.map((p) => `${p.name} ${formatNumber(p.value)}`).join(', ')}`}
      >
        <rect
          x={wholeLow}
          y={0}
          width={Math.max(2, wholeHigh - wholeLow)}
          height={BAR}
          fill="var(--series-1)"
          opacity={0.25}
        />
        <line
          x1={px(whole.value)}
          x2={px(whole.value)}
          y1={0}
          y2={BAR}
          stroke="var(--series-1)"
          strokeWidth={2}
        />
        {whole.interval.high === null && (
          <path
            d={`M${WIDTH - 8},2 L${WIDTH},${BAR / 2} L${WIDTH - 8},${BAR - 2}`}
            fill="none"
            stroke="var(--series-1)"
            strokeWidth={2}
          />
        )}
        {parts.map((part, index) => {
          const x = starts[index];
          return (
            <rect
              key={part.claimId}
              x={x}
              y={BAR + 8}
              width={Math.max(1, px(part.value))}
              height={BAR}
              fill={`var(--series-${index + 2})`}
              stroke="var(--surface)"
            />
          );
        })}
      </svg>
      <ul className={styles.breakdownLegend}>
        <li>
          <span
            className={styles.swatch}
            style={{ background: 'var(--series-1)', opacity: 0.4 }}
            aria-hidden
          />
          <Link href={`/claims/${whole.claimId}`}>Total: {intervalInWords(whole.interval)}</Link>
        </li>
        {parts.map((part, index) => (
          <li key={part.claimId}>
            <span
              className={styles.swatch}
              style={{ background: `var(--series-${index + 2})` }}
              aria-hidden
            />
            <Link href={`/claims/${part.claimId}`}>
              {part.name}: {intervalInWords(part.interval)}
            </Link>
          </li>
        ))}
      </ul>
    </figure>
  );
}
