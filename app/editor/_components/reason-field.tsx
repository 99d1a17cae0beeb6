import { Field } from '@/app/editor/_components/field';

type Props = {
  id?: string;
  label?: string;
  errors?: string[];
  value?: string;
  /** Whose history keeps the reason: a claim's, a metric's, a source's, a document's. */
  record?: string;
};

/** Why a stored record is being changed: required, and kept in its public history. */
export function ReasonField({
  id,
  label = 'Reason for the change',
  errors,
  value,
  record = 'claim',
}: Props) {
  return (
    <Field
      name="reason"
      id={id}
      label={label}
      errors={errors}
      hint={`Shown in the ${record}'s public history`}
      value={value}
    >
      {(control) => <textarea {...control} rows={2} required />}
    </Field>
  );
}
