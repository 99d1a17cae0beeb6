import { Field } from '@/app/editor/_components/field';

type Props = { id?: string; label: string; errors?: string[]; value?: string };

/** Why a stored figure is being changed: required, and kept in its history. */
export function ReasonField({ id, label, errors, value }: Props) {
  return (
    <Field
      name="reason"
      id={id}
      label={label}
      errors={errors}
      hint="Shown in the claim's public history"
      value={value}
    >
      {(control) => <textarea {...control} rows={2} required />}
    </Field>
  );
}
