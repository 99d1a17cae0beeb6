'use client';

import { useState } from 'react';
import type { StoredMatch } from '@/lib/claims/stored-match';
import { type MetricChoice, suggestMetrics } from '@/lib/extract/suggest-metric';
import type { Draft } from '@/lib/extract/types';
import styles from '@/app/editor/extract/page.module.css';
import type { DraftFields } from './draft-field';
import { DraftRow } from './draft-row';

type Props = {
  drafts: Draft[];
  text: string;
  /** The topic chosen for every draft: a stored topic's slug, or NEW_OPTION. */
  topic: string;
  metrics: MetricChoice[];
  sources: string[];
  matches: (StoredMatch | null)[];
} & Pick<DraftFields, 'values' | 'errors'>;

type Choices = { topic: string; metrics: string[]; ticked: boolean[] };

// Only a confident suggestion files a draft in advance: the others wait, unticked, for a metric.
function suggested(drafts: Draft[], metrics: MetricChoice[], topic: string): Choices {
  const chosen = suggestMetrics(drafts, metrics, topic);
  return { topic, metrics: chosen, ticked: chosen.map((slug) => slug !== '') };
}

/** The drafts as a table: one row of main fields each, and its sentence with more fields below. */
export function DraftsTable({ drafts, text, topic, metrics, sources, matches, ...posted }: Props) {
  const [choices, setChoices] = useState(() => suggested(drafts, metrics, topic));
  // Another topic offers other metrics: suggest again, keeping every other field as typed.
  if (choices.topic !== topic) setChoices(suggested(drafts, metrics, topic));
  const topicMetrics = metrics.filter((m) => m.topic === topic);
  const update = (index: number, metric: string, ticked: boolean) =>
    setChoices({
      ...choices,
      metrics: choices.metrics.map((m, i) => (i === index ? metric : m)),
      ticked: choices.ticked.map((t, i) => (i === index ? ticked : t)),
    });
  const unfiled = choices.metrics.filter((m) => m === '').length;

  return (
    <div className={styles.tableWrap}>
      <input type="hidden" name="draft_count" value={drafts.length} />
      <datalist id="known-sources">
        {sources.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <table className={styles.drafts}>
        <caption className="muted">
          {drafts.length} {drafts.length === 1 ? 'draft' : 'drafts'} found: untick the wrong ones
          {unfiled > 0 &&
            `; ${unfiled} ${unfiled === 1 ? 'has' : 'have'} no clear metric in this topic and ${unfiled === 1 ? 'waits' : 'wait'}, unticked, for you to choose one`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Save</th>
            <th scope="col">Figure</th>
            <th scope="col">What</th>
            <th scope="col">Who</th>
            <th scope="col">As of</th>
            <th scope="col">Metric</th>
          </tr>
        </thead>
        {drafts.map((draft, index) => {
          const metric = choices.metrics[index] ?? '';
          const ticked = choices.ticked[index] ?? false;
          return (
            <DraftRow
              key={index}
              draft={draft}
              index={index}
              text={text}
              metric={metric}
              // Choosing a metric is choosing to save the draft; clearing it leaves the tick alone.
              onMetric={(slug) => update(index, slug, ticked || slug !== '')}
              isTicked={ticked}
              onTick={(tick) => update(index, metric, tick)}
              metrics={topicMetrics}
              match={matches[index] ?? null}
              {...posted}
            />
          );
        })}
      </table>
    </div>
  );
}
