import { Field } from '../../_components/field';
import type { FieldsetProps } from './fieldset-props';

/** The exact words that give the figure, and the editor's notes on them. */
export function QuoteFields({ errors, shownValue }: FieldsetProps) {
  return (
    <>
      <Field
        name="quote"
        label="Quote"
        errors={errors.quote}
        hint="The exact words, including the number"
        value={shownValue('quote')}
      >
        {(control) => <textarea {...control} rows={4} />}
      </Field>
      <Field name="notes" label="Notes" errors={errors.notes} value={shownValue('notes')}>
        {(control) => <textarea {...control} rows={2} />}
      </Field>
    </>
  );
}
