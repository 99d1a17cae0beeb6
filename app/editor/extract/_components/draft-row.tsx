'use client';

import type { ReactNode } from 'react';
import { ATTRIBUTIONS, METRIC_KINDS, QUALIFIERS } from '@/db/enums';
import type { ClaimColumn } from '@/lib/claims/input/columns';
import { NEW_OPTION } from '@/lib/claims/input/form-input';
import { draftField, draftFormDefaults } from '@/lib/extract/draft-form';
import type { MetricChoice } from '@/lib/extract/suggest-metric';
import type { StoredMatch } from '@/lib/claims/stored-match';
import type { Draft } from '@/lib/extract/types';
import {
  ATTRIBUTION_LABELS,
  DRAFT_FLAG_LABELS,
  METRIC_KIND_LABELS,
  QUALIFIER_LABELS,
} from '@/lib/labels';
import { DayInput } from '@/app/_components/day-input';
import { EnumOptions } from '@/app/editor/_components/enum-options';
import type { ControlProps } from '@/app/editor/_components/field';
import styles from '@/app/editor/extract/page.module.css';
import { DraftField, type DraftFields } from './draft-field';
import { DraftSentence } from './draft-sentence';
import { MoreFields } from './more-fields';
import { StoredMatchNote } from './stored-match';

type Props = Omit<DraftFields, 'defaults'> & {
  draft: Draft;
  text: string;
  /** The metric chosen, '' for none yet. */
  metric: string;
  onMetric: (slug: string) => void;
  isTicked: boolean;
  onTick: (isTicked: boolean) => void;
  /** The metrics of the topic chosen for every draft: the only ones a draft can be filed under. */
  metrics: MetricChoice[];
  /** The stored claim this draft is, if any. */
  match: StoredMatch | null;
};

/** One draft: its main fields in a row, then its sentence with the number marked, and the rest. */
export function DraftRow(props: Props) {
  const { draft, text, metric, onMetric, isTicked, onTick, metrics, match, ...posted } = props;
  const fields: DraftFields = { ...posted, defaults: draftFormDefaults(draft) };
  const n = posted.index + 1;
  // A field of this draft in the row: its column header names it, its label names the draft too.
  const inRow = (
    field: ClaimColumn,
    label: string,
    control: (props: ControlProps) => ReactNode,
    isControlled = false,
  ) => (
    <DraftField
      draft={fields}
      field={field}
      label={`${label} draft ${n}`}
      inRow
      isControlled={isControlled}
    >
      {control}
    </DraftField>
  );

  return (
    <tbody className={styles.draft}>
      <tr>
        <td data-label="Save">
          <input
            type="checkbox"
            name={draftField(posted.index, 'save')}
            checked={isTicked}
            onChange={(e) => onTick(e.target.checked)}
            aria-label={`Save draft ${n}`}
          />
          <input
            type="hidden"
            name={draftField(posted.index, 'part_of')}
            value={draft.part_of ?? ''}
          />
        </td>
        <td data-label="Figure">
          {inRow('value', 'Value of', (control) => (
            <input {...control} type="text" inputMode="decimal" className={styles.number} />
          ))}
          {inRow('qualifier', 'Qualifier of', (control) => (
            <select {...control} className={styles.number}>
              <EnumOptions values={QUALIFIERS} labels={QUALIFIER_LABELS} />
            </select>
          ))}
        </td>
        <td data-label="What">
          {draft.counted}, {draft.outcome}
          {draft.unit !== 'people' && <span className="muted"> ({draft.unit})</span>}
          {draft.part_of !== null && (
            <span className="muted"> · part of draft {draft.part_of + 1}</span>
          )}
          {draft.flags.map((flag) => (
            <span key={flag} className="flag">
              {DRAFT_FLAG_LABELS[flag]}
            </span>
          ))}
        </td>
        <td data-label="Who">
          {inRow('claimant', 'Claimant of', (control) => (
            <input
              {...control}
              type="text"
              list="known-sources"
              placeholder="No source named"
              className={styles.who}
            />
          ))}
          {inRow('attribution', 'Attribution of', (control) => (
            <select {...control}>
              <EnumOptions values={ATTRIBUTIONS} labels={ATTRIBUTION_LABELS} />
            </select>
          ))}
        </td>
        <td data-label="As of">
          {inRow('as_of', 'As of for', (control) => (
            <DayInput {...control} className={styles.date} />
          ))}
        </td>
        <td data-label="Metric">
          {inRow(
            'metric',
            'Metric for',
            (control) => (
              <select {...control} value={metric} onChange={(e) => onMetric(e.target.value)}>
                <option value="">Choose a metric…</option>
                {/* Every metric offered is of the one topic chosen: its name is enough. */}
                {metrics.map((m) => (
                  <option key={m.slug} value={m.slug}>
                    {m.name}
                  </option>
                ))}
                <option value={NEW_OPTION}>A new metric…</option>
              </select>
            ),
            true,
          )}
          {metric === '' && <p className="field-hint">No metric of this topic clearly fits.</p>}
          {metric === NEW_OPTION && (
            <div className={styles.newMetric}>
              {inRow('metric_name', 'Name of the new metric for', (control) => (
                <input {...control} type="text" placeholder="Name of the new metric" />
              ))}
              {inRow('metric_kind', 'Kind of the new metric for', (control) => (
                <select {...control}>
                  <EnumOptions values={METRIC_KINDS} labels={METRIC_KIND_LABELS} />
                </select>
              ))}
              <input type="hidden" name={draftField(posted.index, 'unit')} value={draft.unit} />
            </div>
          )}
        </td>
      </tr>
      <tr>
        <td colSpan={6} className={styles.sentenceCell}>
          {match && <StoredMatchNote match={match} />}
          <DraftSentence draft={draft} text={text} />
          <MoreFields draft={fields} />
        </td>
      </tr>
    </tbody>
  );
}
