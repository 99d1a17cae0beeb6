'use client';

import { METRIC_KINDS } from '@/db/enums';
import type { MetricEditField, MetricEditState } from '@/lib/catalog/inputs';
import type { FormValues } from '@/lib/forms';
import { METRIC_KIND_LABELS, METRIC_KIND_MEANINGS } from '@/lib/labels';
import { EnumOptions } from '@/app/editor/_components/enum-options';
import { Field, TextField } from '@/app/editor/_components/field';
import { FormStatus } from '@/app/editor/_components/form-status';
import { ReasonField } from '@/app/editor/_components/reason-field';
import { MetricOptions } from '@/app/editor/_components/metric-options';
import { useFormAction } from '@/app/editor/_components/use-form-action';

type Props = {
  action: (state: MetricEditState, formData: FormData) => Promise<MetricEditState>;
  defaults: FormValues;
  parents: { slug: string; name: string; topic: string }[];
};

/** A metric's editable fields and the reason for the change; its slug and topic stay. */
export function MetricEditForm({ action, defaults, parents }: Props) {
  const { state, values, errors, pending, shownValue, onSubmit } = useFormAction(action, defaults);
  const bind = (name: MetricEditField) => ({ name, errors: errors[name], value: shownValue(name) });
  return (
    <form className="stack-form" noValidate onSubmit={onSubmit}>
      <FormStatus state={state} />
      <TextField label="Name" {...bind('name')} />
      <Field label="What exactly is counted, and how" {...bind('description')}>
        {(control) => <textarea {...control} rows={3} />}
      </Field>
      <div className="field-row">
        <TextField label="Unit" hint="Such as people" {...bind('unit')} />
        <Field label="Kind" {...bind('kind')}>
          {(control) => (
            <select {...control}>
              <EnumOptions
                values={METRIC_KINDS}
                labels={METRIC_KIND_LABELS}
                meanings={METRIC_KIND_MEANINGS}
              />
            </select>
          )}
        </Field>
      </div>
      <Field label="Part of" {...bind('parent')}>
        {(control) => (
          <select {...control}>
            <option value="">Not part of another metric</option>
            <MetricOptions metrics={parents} />
          </select>
        )}
      </Field>
      <PartsCompleteBox
        // An unticked box posts nothing: after a post, only what was posted counts.
        isTicked={(state.status === 'idle' ? defaults : values).parts_complete === 'on'}
        errors={errors.parts_complete}
      />
      <TextField
        label="Divergence threshold (%)"
        hint="How far apart two sources' latest figures may be before they are said to diverge; blank for the default, 10%."
        input={{ inputMode: 'decimal', placeholder: '10' }}
        {...bind('divergence_threshold')}
      />
      <ReasonField record="metric" errors={errors.reason} value={shownValue('reason')} />
      <button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save the change'}
      </button>
    </form>
  );
}

function PartsCompleteBox({ isTicked, errors }: { isTicked: boolean; errors?: string[] }) {
  const describedBy = [
    'field-parts_complete-hint',
    errors?.length ? 'field-parts_complete-error' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label className="checkbox">
        <input
          type="checkbox"
          name="parts_complete"
          defaultChecked={isTicked}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
        />
        Its parts add up to the whole
      </label>
      <p id="field-parts_complete-hint" className="field-hint">
        Tick only when the published breakdown is exhaustive; most are partial.
      </p>
      {errors?.length ? (
        <p id="field-parts_complete-error" className="field-error">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
