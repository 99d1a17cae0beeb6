import type { InputHTMLAttributes, ReactNode } from 'react';
import { DayInput } from '@/app/_components/day-input';

/** What a control needs to be named by its label and described by its hint and errors. */
export type ControlProps = {
  id: string;
  name?: string;
  defaultValue?: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
};

export type FieldProps = {
  /** Where there is none (a field that is never posted), `id` is needed instead. */
  name?: string;
  /** `field-<name>` unless given: needed when two forms on one page post the same name. */
  id?: string;
  label: ReactNode;
  /** For controls in a table row, whose column header says what they are to sighted readers. */
  hideLabel?: boolean;
  errors?: string[];
  hint?: ReactNode;
  /** What an uncontrolled control shows: what was posted last, else its default. */
  value?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

/** A labelled control with its hint and its errors, wired for screen readers: every form's field. */
export function Field({
  name,
  id = `field-${name}`,
  label,
  hideLabel = false,
  errors,
  hint,
  value,
  className = 'field',
  children,
}: FieldProps) {
  const described = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {children({
        id,
        name,
        defaultValue: value,
        'aria-invalid': errors?.length ? true : undefined,
        'aria-describedby': described || undefined,
      })}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="field-error">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

type TextFieldProps = Omit<FieldProps, 'children'> & {
  type?: 'text' | 'email' | 'password' | 'url' | 'date';
  input?: InputHTMLAttributes<HTMLInputElement>;
};

/** A one-line text field. */
export function TextField({ type = 'text', input, ...field }: TextFieldProps) {
  return (
    <Field {...field}>
      {(control) =>
        type === 'date' ? (
          <DayInput {...control} {...input} />
        ) : (
          <input {...control} type={type} {...input} />
        )
      }
    </Field>
  );
}
