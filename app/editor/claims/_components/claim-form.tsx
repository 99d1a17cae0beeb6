'use client';

import type { ClaimFormState } from '@/lib/server/claims/claim-form';
import type { ClaimFormOptions } from '@/lib/server/editor/form-options';
import { FormStatus } from '@/app/editor/_components/form-status';
import { useFormAction } from '@/app/editor/_components/use-form-action';
import { ClaimantFieldset } from './claimant-fieldset';
import type { FieldsetProps } from './fieldset-props';
import { DatesFieldset } from './dates-fieldset';
import { DocumentFieldset } from './document-fieldset';
import { FigureFieldset } from './figure-fieldset';
import { MetricFieldset } from './metric-fieldset';
import { ReasonField } from '@/app/editor/_components/reason-field';
import styles from './claim-form.module.css';

type Props = ClaimFormOptions & {
  action: (state: ClaimFormState, formData: FormData) => Promise<ClaimFormState>;
  defaults: Record<string, string>;
  submitLabel: string;
  /** Asks why, for an edit of a stored figure. */
  reasonLabel?: string;
};

/** A figure with its claimant and document, entered new or edited: one fieldset per concern. */
export function ClaimForm({
  action,
  defaults,
  submitLabel,
  reasonLabel,
  metrics,
  topics,
  sources,
}: Props) {
  const { state, errors, pending, shownValue, onSubmit } = useFormAction(action, defaults);
  const fields: FieldsetProps = {
    errors,
    shownValue,
    bind: (name) => ({ name, errors: errors[name], value: shownValue(name) }),
  };
  return (
    <form className={styles.form} noValidate onSubmit={onSubmit}>
      <FormStatus state={state} />
      <MetricFieldset {...fields} metrics={metrics} topics={topics} />
      <FigureFieldset {...fields} />
      <DatesFieldset {...fields} />
      <ClaimantFieldset {...fields} sources={sources} />
      <DocumentFieldset {...fields} />
      {reasonLabel && (
        <ReasonField label={reasonLabel} errors={errors.reason} value={shownValue('reason')} />
      )}
      <button type="submit" disabled={pending}>
        {pending ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
