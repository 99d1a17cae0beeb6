'use client';

import { SOURCE_KINDS } from '@/db/enums';
import type { FormValues } from '@/lib/forms';
import { SOURCE_KIND_LABELS } from '@/lib/labels';
import type { SourceEditField, SourceEditState } from '@/lib/server/sources/source-forms';
import { EnumOptions } from '@/app/editor/_components/enum-options';
import { Field, TextField } from '@/app/editor/_components/field';
import { FormStatus } from '@/app/editor/_components/form-status';
import { ReasonField } from '@/app/editor/_components/reason-field';
import { useFormAction } from '@/app/editor/_components/use-form-action';

type Props = {
  action: (state: SourceEditState, formData: FormData) => Promise<SourceEditState>;
  defaults: FormValues;
};

/** A source's editable fields and the reason for the change; its slug stays. */
export function SourceEditForm({ action, defaults }: Props) {
  const { state, errors, pending, shownValue, onSubmit } = useFormAction(action, defaults);
  const bind = (name: SourceEditField) => ({ name, errors: errors[name], value: shownValue(name) });
  return (
    <form className="stack-form" noValidate onSubmit={onSubmit}>
      <FormStatus state={state} />
      <div className="field-row">
        <TextField
          label="Name"
          hint="No other source may have it, or answer to it"
          {...bind('name')}
        />
        <Field label="Kind" {...bind('kind')}>
          {(control) => (
            <select {...control}>
              <EnumOptions values={SOURCE_KINDS} labels={SOURCE_KIND_LABELS} />
            </select>
          )}
        </Field>
      </div>
      <TextField
        label="Description"
        hint="One line on who the source is, such as UK-based monitor"
        {...bind('description')}
      />
      <TextField type="url" label="Website" hint="http:// or https://" {...bind('url')} />
      <ReasonField record="source" errors={errors.reason} value={shownValue('reason')} />
      <button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save the change'}
      </button>
    </form>
  );
}
