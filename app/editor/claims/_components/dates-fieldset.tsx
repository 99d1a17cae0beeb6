import { TextField } from '@/app/editor/_components/field';
import type { FieldsetProps } from './fieldset-props';

/** When the figure is current to, when it was said, and the period it covers. */
export function DatesFieldset({ bind }: FieldsetProps) {
  return (
    <fieldset>
      <legend>Dates</legend>
      <div className="field-row">
        <TextField
          type="date"
          label="As of"
          hint="The day the figure is current to"
          {...bind('as_of')}
        />
        <TextField type="date" label="Stated on" {...bind('stated_on')} />
      </div>
      <div className="field-row">
        <TextField type="date" label="Period from" {...bind('period_start')} />
        <TextField type="date" label="Period to" {...bind('period_end')} />
      </div>
    </fieldset>
  );
}
