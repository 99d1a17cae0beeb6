'use client';

import type { SourceAliasState } from '@/lib/server/sources/source-forms';
import { Field, TextField } from '@/app/editor/_components/field';
import { FormStatus } from '@/app/editor/_components/form-status';
import { useFormAction } from '@/app/editor/_components/use-form-action';

type Props = {
  action: (state: SourceAliasState, formData: FormData) => Promise<SourceAliasState>;
};

/** Another name the source is known by, and why: claims and imports naming it then find it. */
export function SourceAliasForm({ action }: Props) {
  const { state, errors, pending, shownValue, onSubmit } = useFormAction(action);
  return (
    <form className="stack-form" noValidate onSubmit={onSubmit} aria-label="Add another name">
      <FormStatus state={state} />
      <TextField
        id="alias-name"
        name="name"
        label="Another name"
        hint="Such as an acronym or a translation; no other source may answer to it"
        errors={errors.name}
        value={shownValue('name')}
      />
      <Field
        id="alias-reason"
        name="reason"
        label="Why it is this source"
        hint="Shown in the source's public history"
        errors={errors.reason}
        value={shownValue('reason')}
      >
        {(control) => <textarea {...control} rows={2} required />}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? 'Adding…' : 'Add the name'}
      </button>
    </form>
  );
}
