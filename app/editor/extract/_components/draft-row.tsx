'use client';

import type { ReactNode } from 'react';
import { METRIC_KINDS, QUALIFIERS } from '@/db/enums';
import { NEW_OPTION } from '@/lib/claims/input/form-input';
import { draftField, draftFormDefaults } from '@/lib/extract/draft-form';
import type { MetricChoice } from '@/lib/extract/suggest-metric';
import type { Draft } from '@/lib/extract/types';
import styles from '../page.module.css';
import { MoreFields } from './more-fields';

type Props = {
  draft: Draft;
  index: number;
  text: string;
  metric: string;
  onMetric: (slug: string) => void;
  metrics: MetricChoice[];
  topics: { slug: string; title: string }[];
  values: Record<string, string>;
  errors: Partial<Record<string, string[]>>;
};

/** One draft: its main fields in a row, then its sentence with the number marked, and the rest. */
export function DraftRow({
  draft,
  index,
  text,
  metric,
  onMetric,
  metrics,
  topics,
  values,
  errors,
}: Props) {
  const n = index + 1;
  const defaults = draftFormDefaults(draft);
  const name = (field: string) => draftField(index, field);
  const value = (field: string) => values[name(field)] ?? defaults[field] ?? '';
  const isPosted = Object.keys(values).length > 0;
  const control = (
    field: string,
    label: string,
    input: (p: Record<string, unknown>) => ReactNode,
  ) => {
    const error = errors[name(field)];
    const id = `draft-${index}-${field}`;
    return (
      <>
        {input({
          id,
          name: name(field),
          'aria-label': `${label} draft ${n}`,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? `${id}-error` : undefined,
          defaultValue: value(field),
        })}
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error.join(' ')}
          </p>
        )}
      </>
    );
  };
  const quoteStart = text.lastIndexOf(draft.quote, draft.start);
  const at = quoteStart < 0 ? -1 : draft.start - quoteStart;

  return (
    <tbody className={styles.draft}>
      <tr>
        <td data-label="Save">
          <input
            type="checkbox"
            name={name('save')}
            defaultChecked={isPosted ? values[name('save')] === 'on' : true}
            aria-label={`Save draft ${n}`}
          />
          <input type="hidden" name={name('part_of')} value={draft.part_of ?? ''} />
        </td>
        <td data-label="Figure">
          {control('value', 'Value of', (p) => (
            <input {...p} type="text" inputMode="decimal" className={styles.number} />
          ))}
          {control('qualifier', 'Qualifier of', (p) => (
            <select {...p}>
              {QUALIFIERS.map((q) => (
                <option key={q} value={q}>
                  {q.replace('_', ' ')}
                </option>
              ))}
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
              {flag.replaceAll('_', ' ')}
            </span>
          ))}
        </td>
        <td data-label="Who">
          {control('claimant', 'Claimant of', (p) => (
            <input
              {...p}
              type="text"
              list="known-sources"
              placeholder="No source named"
              className={styles.who}
            />
          ))}
          {control('attribution', 'Attribution of', (p) => (
            <select {...p}>
              <option value="reported">reported</option>
              <option value="direct">direct</option>
              <option value="unattributed">unattributed</option>
            </select>
          ))}
        </td>
        <td data-label="As of">
          {control('as_of', 'As of for', (p) => (
            <input
              {...p}
              type="text"
              inputMode="numeric"
              placeholder="YYYY-MM-DD"
              className={styles.date}
            />
          ))}
        </td>
        <td data-label="Metric">
          <select
            name={name('metric')}
            aria-label={`Metric for draft ${n}`}
            value={metric}
            onChange={(e) => onMetric(e.target.value)}
            aria-invalid={errors[name('metric')] ? true : undefined}
          >
            <option value="">Choose a metric…</option>
            {metrics.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.name} ({m.topic})
              </option>
            ))}
            <option value={NEW_OPTION}>A new metric…</option>
          </select>
          {errors[name('metric')] && (
            <p className="field-error">{errors[name('metric')]?.join(' ')}</p>
          )}
          {metric === NEW_OPTION && (
            <div className={styles.newMetric}>
              {control('metric_name', 'Name of the new metric for', (p) => (
                <input {...p} type="text" placeholder="Name of the new metric" />
              ))}
              {control('topic', 'Topic of the new metric for', (p) => (
                <select {...p}>
                  {topics.map((t) => (
                    <option key={t.slug} value={t.slug}>
                      {t.title}
                    </option>
                  ))}
                </select>
              ))}
              {control('metric_kind', 'Kind of the new metric for', (p) => (
                <select {...p}>
                  {METRIC_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {k}
                    </option>
                  ))}
                </select>
              ))}
              <input type="hidden" name={name('unit')} value={draft.unit} />
            </div>
          )}
        </td>
      </tr>
      <tr>
        <td colSpan={6} className={styles.sentenceCell}>
          <p className={styles.sentence}>
            {at < 0 ? (
              draft.quote
            ) : (
              <>
                {draft.quote.slice(0, at)}
                <mark>{draft.quote.slice(at, at + draft.end - draft.start)}</mark>
                {draft.quote.slice(at + draft.end - draft.start)}
              </>
            )}
          </p>
          <MoreFields n={n} control={control} errors={errors} prefix={`d${index}.`} />
        </td>
      </tr>
    </tbody>
  );
}
