'use client';

import { useActionState, useState } from 'react';
import type { ReactNode } from 'react';
import { submitWithoutReset } from '@/app/_components/submit-without-reset';
import { ATTRIBUTIONS, METRIC_KINDS, QUALIFIERS, SOURCE_KINDS } from '@/db/enums';
import type { ClaimFormState } from '@/lib/server/claims/claim-form';
import { NEW_OPTION } from '@/lib/claims/input/form-input';
import { formView } from '@/lib/forms';
import { Field } from './field';
import { IntervalPreview } from './interval-preview';
import { ReasonField } from './reason-field';

export type ClaimFormOptions = {
  metrics: { slug: string; name: string; topic: string }[];
  topics: { slug: string; title: string }[];
  sources: { slug: string; name: string }[];
};

type Props = ClaimFormOptions & {
  action: (state: ClaimFormState, formData: FormData) => Promise<ClaimFormState>;
  defaults: Record<string, string>;
  submitLabel: string;
  /** Asks why, for an edit of a stored figure. */
  reasonLabel?: string;
};

const QUALIFIER_WORDS: Record<string, string> = {
  exact: 'exactly',
  at_least: 'at least',
  more_than: 'more than (over)',
  about: 'about',
  nearly: 'nearly',
  at_most: 'at most (up to)',
  less_than: 'fewer than (under)',
  range: 'a range (between)',
};

export function ClaimForm({
  action,
  defaults,
  submitLabel,
  reasonLabel,
  metrics,
  topics,
  sources,
}: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  const { values, errors } = formView(state);
  const v = (name: string) => values[name] ?? defaults[name] ?? '';
  const [metric, setMetric] = useState(v('metric'));
  const [claimant, setClaimant] = useState(v('claimant'));
  const [figure, setFigure] = useState({
    value: v('value'),
    qualifier: v('qualifier') || 'exact',
    low: v('low'),
    high: v('high'),
  });
  const text = (name: string, label: string, type = 'text', hint?: ReactNode) => (
    <Field name={name} label={label} errors={errors[name]} hint={hint}>
      {(p) =>
        type === 'date' ? (
          // Text, not a date picker: a picker silently drops a date like 2025-02-30 instead of
          // letting the server say what is wrong with it.
          <input
            {...p}
            type="text"
            inputMode="numeric"
            placeholder="YYYY-MM-DD"
            defaultValue={v(name)}
            key={`${name}-${v(name)}`}
          />
        ) : (
          <input {...p} type={type} defaultValue={v(name)} key={`${name}-${v(name)}`} />
        )
      }
    </Field>
  );

  return (
    <form className="claim-form" noValidate onSubmit={submitWithoutReset(formAction)}>
      {state.status === 'invalid' && (
        <p className="form-error" role="alert">
          Nothing was saved: correct the fields marked below.
        </p>
      )}
      {state.status === 'failed' && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'confirm' && (
        <div className="warnings" role="alert">
          <p>
            <strong>Check before saving.</strong> Nothing was saved yet:
          </p>
          <ul>
            {state.warnings.map((w) => (
              <li key={w.check + w.message}>{w.message}</li>
            ))}
          </ul>
          <label className="checkbox">
            <input type="checkbox" name="confirm_warnings" value={state.confirmKey} /> I have
            checked these warnings; save anyway
          </label>
        </div>
      )}

      <fieldset>
        <legend>What is counted</legend>
        <Field name="metric" label="Metric" errors={errors.metric}>
          {(p) => (
            <select {...p} value={metric} onChange={(e) => setMetric(e.target.value)}>
              <option value="">Choose a metric…</option>
              {metrics.map((m) => (
                <option key={m.slug} value={m.slug}>
                  {m.name} ({m.topic})
                </option>
              ))}
              <option value={NEW_OPTION}>A new metric…</option>
            </select>
          )}
        </Field>
        {metric === NEW_OPTION && (
          <div className="nested">
            {text('metric_name', 'Name of the new metric')}
            {text(
              'new_metric_slug',
              'Slug',
              'text',
              'Optional: made from the name, e.g. children-killed',
            )}
            {text('metric_description', 'What exactly is counted, and how')}
            <Field name="topic" label="Topic" errors={errors.topic}>
              {(p) => (
                <select {...p} defaultValue={v('topic')}>
                  {topics.map((t) => (
                    <option key={t.slug} value={t.slug}>
                      {t.title}
                    </option>
                  ))}
                  <option value={NEW_OPTION}>A new topic (slug below)</option>
                </select>
              )}
            </Field>
            {text('new_topic', 'New topic slug', 'text', 'Only for a new topic, e.g. sudan-war')}
            {text('unit', 'Unit', 'text', 'people unless you say otherwise')}
            <Field name="metric_kind" label="Kind" errors={errors.metric_kind}>
              {(p) => (
                <select {...p} defaultValue={v('metric_kind') || 'count'}>
                  {METRIC_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {k === 'cumulative'
                        ? 'cumulative: a running total that must not fall'
                        : 'count: one bounded event'}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="parent_metric" label="Part of" errors={errors.parent_metric}>
              {(p) => (
                <select {...p} defaultValue={v('parent_metric')}>
                  <option value="">Not part of another metric</option>
                  {metrics.map((m) => (
                    <option key={m.slug} value={m.slug}>
                      {m.name} ({m.topic})
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>The figure</legend>
        <div className="field-row">
          <Field
            name="value"
            label="Value"
            errors={errors.value}
            hint="Digits, with commas for thousands: 48,450"
          >
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                value={figure.value}
                onChange={(e) => setFigure({ ...figure, value: e.target.value })}
              />
            )}
          </Field>
          <Field name="qualifier" label="Qualifier" errors={errors.qualifier}>
            {(p) => (
              <select
                {...p}
                value={figure.qualifier}
                onChange={(e) => setFigure({ ...figure, qualifier: e.target.value })}
              >
                {QUALIFIERS.map((q) => (
                  <option key={q} value={q}>
                    {QUALIFIER_WORDS[q]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {figure.qualifier === 'range' && (
          <div className="field-row">
            <Field name="low" label="Low end" errors={errors.low}>
              {(p) => (
                <input
                  {...p}
                  inputMode="decimal"
                  value={figure.low}
                  onChange={(e) => setFigure({ ...figure, low: e.target.value })}
                />
              )}
            </Field>
            <Field name="high" label="High end" errors={errors.high}>
              {(p) => (
                <input
                  {...p}
                  inputMode="decimal"
                  value={figure.high}
                  onChange={(e) => setFigure({ ...figure, high: e.target.value })}
                />
              )}
            </Field>
          </div>
        )}
        <IntervalPreview {...figure} />
      </fieldset>

      <fieldset>
        <legend>Dates</legend>
        <div className="field-row">
          {text('as_of', 'As of', 'date', 'The day the figure is current to')}
          {text('stated_on', 'Stated on', 'date')}
        </div>
        <div className="field-row">
          {text('period_start', 'Period from', 'date')}
          {text('period_end', 'Period to', 'date')}
        </div>
      </fieldset>

      <fieldset>
        <legend>Who said it</legend>
        <Field name="claimant" label="Claimant" errors={errors.claimant}>
          {(p) => (
            <select {...p} value={claimant} onChange={(e) => setClaimant(e.target.value)}>
              <option value="">No source named (unattributed)</option>
              {sources.map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.name}
                </option>
              ))}
              <option value={NEW_OPTION}>A new source…</option>
            </select>
          )}
        </Field>
        {claimant === NEW_OPTION && (
          <div className="nested">
            {text('new_claimant', 'Name of the new source')}
            <Field name="claimant_kind" label="Kind of source" errors={errors.claimant_kind}>
              {(p) => (
                <select {...p} defaultValue={v('claimant_kind') || 'other'}>
                  {SOURCE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {k.replace('_', ' ')}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {text('claimant_description', 'One line on who they are')}
          </div>
        )}
        <div className="field-row">
          <Field name="attribution" label="Attribution" errors={errors.attribution}>
            {(p) => (
              <select
                {...p}
                defaultValue={v('attribution') || 'reported'}
                key={`attribution-${v('attribution')}`}
              >
                {ATTRIBUTIONS.map((a) => (
                  <option key={a} value={a}>
                    {a === 'direct'
                      ? "direct: the claimant's own publication"
                      : a === 'reported'
                        ? 'reported: the document says they said it'
                        : 'unattributed: no source named'}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="via" label="Via (relayed by)" errors={errors.via}>
            {(p) => (
              <select {...p} defaultValue={v('via')} key={`via-${v('via')}`}>
                <option value="">Not known</option>
                {sources.map((s) => (
                  <option key={s.slug} value={s.slug}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend>Where it was published</legend>
        {text(
          'url',
          'Document link',
          'url',
          'http:// or https://; a known link reuses its document',
        )}
        {text('title', 'Title')}
        <div className="field-row">
          {text('publisher', 'Publisher')}
          {text('byline', 'Byline')}
        </div>
        <div className="field-row">
          {text('published_on', 'Published on', 'date')}
          {text('archive_url', 'Archived copy', 'url')}
        </div>
        <Field
          name="quote"
          label="Quote"
          errors={errors.quote}
          hint="The exact words, including the number"
        >
          {(p) => (
            <textarea {...p} rows={4} defaultValue={v('quote')} key={`quote-${v('quote')}`} />
          )}
        </Field>
        <Field name="notes" label="Notes" errors={errors.notes}>
          {(p) => (
            <textarea {...p} rows={2} defaultValue={v('notes')} key={`notes-${v('notes')}`} />
          )}
        </Field>
      </fieldset>

      {reasonLabel && (
        <ReasonField label={reasonLabel} errors={errors.reason} value={values.reason} />
      )}
      <button type="submit" disabled={pending}>
        {pending ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
