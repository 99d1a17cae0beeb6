'use client';

import type { DocumentEditField, DocumentEditState } from '@/lib/catalog/inputs';
import type { FormValues } from '@/lib/forms';
import { TextField } from '@/app/editor/_components/field';
import { FormStatus } from '@/app/editor/_components/form-status';
import { ReasonField } from '@/app/editor/_components/reason-field';
import { useFormAction } from '@/app/editor/_components/use-form-action';

type Props = {
  action: (state: DocumentEditState, formData: FormData) => Promise<DocumentEditState>;
  defaults: FormValues;
};

/** A document's editable fields and the reason for the change; every claim citing it follows. */
export function DocumentEditForm({ action, defaults }: Props) {
  const { state, errors, pending, shownValue, onSubmit } = useFormAction(action, defaults);
  const bind = (name: DocumentEditField) => ({
    name,
    errors: errors[name],
    value: shownValue(name),
  });
  return (
    <form className="stack-form" noValidate onSubmit={onSubmit}>
      <FormStatus state={state} />
      <TextField label="Title" {...bind('title')} />
      <TextField
        type="url"
        label="Document link"
        hint="http:// or https://; no other document may have it"
        {...bind('url')}
      />
      <div className="field-row">
        <TextField label="Publisher" {...bind('publisher')} />
        <TextField label="Byline" {...bind('byline')} />
      </div>
      <div className="field-row">
        <TextField type="date" label="Published on" {...bind('published_on')} />
        <TextField type="date" label="Retrieved on" {...bind('retrieved_on')} />
      </div>
      <TextField type="url" label="Archived copy" {...bind('archive_url')} />
      <ReasonField record="document" errors={errors.reason} value={shownValue('reason')} />
      <button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save the change'}
      </button>
    </form>
  );
}
