'use client';

import { useState } from 'react';
import { draftField } from '@/lib/extract/draft-form';
import { type MetricChoice, suggestMetric } from '@/lib/extract/suggest-metric';
import type { Draft } from '@/lib/extract/types';
import styles from '@/app/editor/extract/page.module.css';
import type { DraftFields } from './draft-field';
import { DraftRow } from './draft-row';

type Props = {
  drafts: Draft[];
  text: string;
  metrics: MetricChoice[];
  topics: { slug: string; title: string }[];
  sources: string[];
} & Pick<DraftFields, 'values' | 'errors'>;

/** The drafts as a table: one row of main fields each, and its sentence with more fields below. */
export function DraftsTable({ drafts, text, metrics, topics, sources, values, errors }: Props) {
  const [choices, setChoices] = useState<string[]>(() => {
    const suggested: string[] = [];
    for (const [index, draft] of drafts.entries()) {
      const total = draft.part_of === null ? null : (suggested[draft.part_of] ?? null);
      suggested[index] =
        values[draftField(index, 'metric')] ?? suggestMetric(draft, metrics, total) ?? '';
    }
    return suggested;
  });
  const choose = (index: number, slug: string) =>
    setChoices(choices.map((c, i) => (i === index ? slug : c)));

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
        {drafts.map((draft, index) => (
          <DraftRow
            key={index}
            draft={draft}
            index={index}
            text={text}
            metric={choices[index] ?? ''}
            onMetric={(slug) => choose(index, slug)}
            metrics={metrics}
            topics={topics}
            values={values}
            errors={errors}
          />
        ))}
      </table>
    </div>
  );
}
