import { TextField } from '../../_components/field';
import type { FieldsetProps } from './fieldset-props';

/** When the figure is current to, when it was said, and the period it covers. */
export function DatesFieldset({ errors, shownValue }: FieldsetProps) {
  const date = (name: 'as_of' | 'stated_on' | 'period_start' | 'period_end', label: string) => (
    <TextField
      type="date"
      name={name}
      label={label}
      hint={name === 'as_of' ? 'The day the figure is current to' : undefined}
      errors={errors[name]}
      value={shownValue(name)}
    />
  );
  return (
    <fieldset>
      <legend>Dates</legend>
      <div className="field-row">
        {date('as_of', 'As of')}
        {date('stated_on', 'Stated on')}
      </div>
      <div className="field-row">
        {date('period_start', 'Period from')}
        {date('period_end', 'Period to')}
      </div>
    </fieldset>
  );
}
