import type { Metadata } from 'next';
import Link from 'next/link';
import { QUALIFIERS, type Qualifier } from '@/db/enums';
import { CHECK_DESCRIPTIONS } from '@/lib/claims/checks/descriptions';
import { NEARBY_DAYS } from '@/lib/server/claims/claim-page';
import { figureInterval } from '@/lib/claims/rules/intervals';
import { qualifierReading } from '@/lib/claims/rules/readings';
import { intervalInWords, qualifiedValueInWords } from '@/lib/text/format';
import styles from './page.module.css';

export const metadata: Metadata = {
  title: 'How Tally reads figures',
  description:
    'The conventions Tally applies to hedged figures, and the checks it runs, in plain words.',
};

// One real-looking figure per hedge; the interval beside it is computed by the code the charts use.
const EXAMPLES: Record<Qualifier, { value: number; high?: number }> = {
  exact: { value: 745 },
  at_least: { value: 48450 },
  more_than: { value: 1000 },
  about: { value: 50000 },
  nearly: { value: 150 },
  at_most: { value: 200 },
  less_than: { value: 20 },
  range: { value: 10, high: 20 },
};

const CHECKS = Object.entries(CHECK_DESCRIPTIONS);

export default function ConventionsPage() {
  return (
    <article className={styles.conventions}>
      <h1>How Tally reads figures</h1>
      <p className={styles.lead}>
        <strong>A source said only what its quote says.</strong> Every figure in Tally keeps the
        number, the hedge word (“nearly”, “over”) and the sentence it came from. To draw hedged
        figures on one chart and compare them, Tally reads each hedge the same way, as a span of
        numbers. Those spans are Tally’s conventions, not the source’s words: where a page shows
        one, it says so and links here.
      </p>

      <h2 id="hedges">Hedged figures</h2>
      <ul className={styles.hedges}>
        {QUALIFIERS.map((qualifier) => {
          const figure = { qualifier, high: null, ...EXAMPLES[qualifier] };
          return (
            <li key={qualifier}>
              <span>
                “<span className="figure">{qualifiedValueInWords(figure)}</span>” is read as{' '}
                <strong className="nowrap">{intervalInWords(figureInterval(figure))}</strong>
              </span>
              <span className="muted">{qualifierReading(qualifier) ?? 'What the words say'}</span>
            </li>
          );
        })}
      </ul>
      <p>
        When an editor types bounds of their own (a range a report gives in a footnote), the figure
        says so. On charts, a bar spans the figure’s reading; a dashed arrow means no upper bound; a
        bar broken by two slanted strokes at the chart’s edge goes on beyond the axis.
      </p>

      <h2 id="breakdowns">Breakdowns</h2>
      <p>
        When a claimant gives a total and its parts (civilians, security forces and fighters within
        everyone killed), Tally adds up the parts’ spans: 745, 125 and “nearly 150” make 1,005 to
        under 1,020. The parts fit the total when that sum can lie within it. Most breakdowns are
        partial: the parts may fall short of the total, but never exceed it.
      </p>

      <h2 id="comparisons">Comparing figures</h2>
      <p>
        A claim’s page sets it beside other claimants’ figures for the same measure within{' '}
        {NEARBY_DAYS} days, reading each as a span. They <em>agree</em> when one span lies inside
        the other (1,500 is “over 1,000”), <em>overlap</em> when they share only some numbers, and
        one is <em>higher</em> or <em>lower</em> when they share none.
      </p>

      <h2 id="charts">Charts</h2>
      <ul>
        <li>
          One line per claimant; figures nobody is named for are drawn as their own series, marked
          “no source named”.
        </li>
        <li>
          For a running total whose figures are close together, the value axis may start near the
          data so that a change shows; the chart then says that it does not start at zero.
        </li>
        <li>
          Retracted figures are kept for the record but neither charted nor counted; each metric
          page says how many there are and lists them.
        </li>
      </ul>

      <h2 id="dates">Dates</h2>
      <p>
        “As of” is the day a figure is current to; “stated on” is when the claimant said it; the
        document has its own publication date. A date worked out from words such as “on Sunday” is
        marked “date inferred”. Days are shown as 9 Mar 2025 and typed as 2025-03-09, in every form
        and filter: written that way, a day reads the same in every country (03/09 is March to some
        readers and September to others), and it is the form the CSV, the API and the links use.
      </p>

      <h2 id="checks">Checks</h2>
      <p>
        Tally does not decide which figure is right. It flags figures that cannot all hold as it
        reads them, so that a reader can look at the quotes.
      </p>
      <dl className={styles.checks}>
        {CHECKS.map(([check, { name, meaning }]) => (
          <div key={check}>
            <dt>{name}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <p>
        <Link href="/">Back to the figures</Link>
      </p>
    </article>
  );
}
