import { Field } from '@/app/editor/_components/field';
import type { FieldsetProps } from './fieldset-props';

/** The exact words that give the figure, and the editor's notes on them. */
export function QuoteFields({ bind }: FieldsetProps) {
  return (
    <>
      <Field label="Quote" hint="The exact words, including the number" {...bind('quote')}>
        {(control) => <textarea {...control} rows={4} />}
      </Field>
      <Field label="Notes" {...bind('notes')}>
        {(control) => <textarea {...control} rows={2} />}
      </Field>
    </>
  );
}
