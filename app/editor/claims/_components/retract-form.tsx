'use client';

import type { ClaimFormState } from '@/lib/server/claims/claim-form';
import { FormStatus } from '../../_components/form-status';
import { useFormAction } from '../../_components/use-form-action';
import { ReasonField } from './reason-field';
import styles from './claim-form.module.css';

type Props = { action: (state: ClaimFormState, formData: FormData) => Promise<ClaimFormState> };

/** Retracting keeps the claim and its page; it only takes the figure off charts and tables. */
export function RetractForm({ action }: Props) {
  const { state, errors, pending, shownValue, onSubmit } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className={styles.retractForm} noValidate>
      {/* A figure already retracted is the one error not tied to the reason field. */}
      <FormStatus state={state} invalid={errors.status?.join(' ') ?? null} />
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
