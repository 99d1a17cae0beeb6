'use client';

import { useActionState } from 'react';
import { submitWithoutReset } from '@/app/_components/submit-without-reset';
import type { ClaimFormState } from '@/lib/server/claims/claim-form';
import { formView } from '@/lib/forms';
import { ReasonField } from './reason-field';

type Props = { action: (state: ClaimFormState, formData: FormData) => Promise<ClaimFormState> };

/** Retracting keeps the claim and its page; it only takes the figure off charts and tables. */
export function RetractForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  const { values, errors } = formView(state);
  return (
    <form onSubmit={submitWithoutReset(formAction)} className="retract-form" noValidate>
      {errors.status && (
        <p className="form-error" role="alert">
          {errors.status.join(' ')}
        </p>
      )}
      <ReasonField
        id="retract-reason"
        label="Reason for retracting"
        errors={errors.reason}
        value={values.reason}
      />
      <button type="submit" className="danger" disabled={pending}>
        {pending ? 'Retracting…' : 'Retract this figure'}
      </button>
    </form>
  );
}
