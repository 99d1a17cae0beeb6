'use client';

import type { ClaimFormState } from '@/lib/server/claims/claim-form';
import { FormStatus } from '@/app/editor/_components/form-status';
import { useFormAction } from '@/app/editor/_components/use-form-action';
import { ReasonField } from '@/app/editor/_components/reason-field';
import styles from './claim-form.module.css';

type Props = { action: (state: ClaimFormState, formData: FormData) => Promise<ClaimFormState> };

/** Retracting keeps the claim and its page; it only takes the figure off charts and tables. */
export function RetractForm({ action }: Props) {
  const { state, errors, pending, shownValue, onSubmit } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className={styles.retractForm} noValidate>
      {/* The reason is the one field: its own error says it all. */}
      <FormStatus state={state} invalid={null} />
      <ReasonField
        id="retract-reason"
        label="Reason for retracting"
        errors={errors.reason}
        value={shownValue('reason')}
      />
      <button type="submit" className={styles.danger} disabled={pending}>
        {pending ? 'Retracting…' : 'Retract this figure'}
      </button>
    </form>
  );
}
