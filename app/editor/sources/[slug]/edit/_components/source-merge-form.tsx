'use client';

import { useState } from 'react';
import type { SourceMergeState } from '@/lib/server/sources/source-forms';
import { Field } from '@/app/editor/_components/field';
import { FormStatus } from '@/app/editor/_components/form-status';
import { useFormAction } from '@/app/editor/_components/use-form-action';
import { MergeConsequences } from './merge-consequences';

type Props = {
  action: (state: SourceMergeState, formData: FormData) => Promise<SourceMergeState>;
  source: { slug: string; name: string; claimCount: number };
  targets: { slug: string; name: string }[];
};

/**
 * Merges this source into another found to be the same one. What the merge will do is said for
 * the source chosen, before the box that confirms it.
 */
export function SourceMergeForm({ action, source, targets }: Props) {
  const { state, errors, pending, shownValue, onSubmit } = useFormAction(action);
  const [into, setInto] = useState(shownValue('into'));
  const target = targets.find((t) => t.slug === into);
  return (
    <form className="stack-form" noValidate onSubmit={onSubmit} aria-label="Merge the sources">
      <FormStatus state={state} />
      <Field
        id="merge-into"
        name="into"
        label="The same source as"
        errors={errors.into}
        value={into}
      >
        {(control) => (
          <select {...control} onChange={(event) => setInto(event.target.value)}>
            <option value="">Choose the source to keep</option>
            {targets.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name} ({t.slug})
              </option>
            ))}
          </select>
        )}
      </Field>
      <MergeConsequences source={source} target={target} />
      <Field
        id="merge-reason"
        name="reason"
        label="How you know they are one source"
        hint="Shown in both sources' public histories and in each moved figure's"
        errors={errors.reason}
        value={shownValue('reason')}
      >
        {(control) => <textarea {...control} rows={2} required />}
      </Field>
      <ConfirmBox
        label={`Yes, ${source.name} and ${target?.name ?? 'the source chosen'} are one source: merge them`}
        errors={errors.confirm}
      />
      <button type="submit" disabled={pending}>
        {pending ? 'Merging…' : target ? `Merge into ${target.name}` : 'Merge'}
      </button>
    </form>
  );
}

function ConfirmBox({ label, errors }: { label: string; errors?: string[] }) {
  return (
    <div className="field">
      <label className="checkbox">
        <input
          type="checkbox"
          name="confirm"
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? 'merge-confirm-error' : undefined}
        />
        {label}
      </label>
      {errors?.length ? (
        <p id="merge-confirm-error" className="field-error">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
