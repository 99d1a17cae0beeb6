import type { ReactNode } from 'react';
import type { ClaimColumn } from '@/lib/claims/input/columns';
import { type DraftFieldName, draftField } from '@/lib/extract/draft-form';
import type { FieldErrors, FormValues } from '@/lib/forms';
import { type ControlProps, Field } from '@/app/editor/_components/field';
import styles from '@/app/editor/extract/page.module.css';

/** What every field of one draft reads: its index, what was posted, the errors and its defaults. */
export type DraftFields = {
  index: number;
  values: FormValues;
  errors: FieldErrors<Record<DraftFieldName, string>>;
  defaults: Record<string, string>;
};

type Props = {
  draft: DraftFields;
  field: ClaimColumn;
  /** Names the draft, for screen readers: "Value of draft 2". */
  label: ReactNode;
  /** In a table row, the column header names the field for sighted readers. */
  inRow?: boolean;
  /** For a controlled control, which takes its value from state instead. */
  isControlled?: boolean;
  children: (control: ControlProps) => ReactNode;
};

/** One field of one draft, posted as "d2.value" and labelled by the one Field component. */
export function DraftField({ draft, field, label, inRow = false, isControlled, children }: Props) {
  const name = draftField(draft.index, field);
  return (
    <Field
      name={name}
      id={`draft-${draft.index}-${field}`}
      label={label}
      hideLabel={inRow}
      errors={draft.errors[name]}
      value={isControlled ? undefined : (draft.values[name] ?? draft.defaults[field] ?? '')}
      className={inRow ? styles.inRow : styles.more}
    >
      {children}
    </Field>
  );
}
