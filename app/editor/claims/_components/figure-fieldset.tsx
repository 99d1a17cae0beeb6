import { useState } from 'react';
import { QUALIFIERS } from '@/db/enums';
import { QUALIFIER_LABELS } from '@/lib/labels';
import { EnumOptions } from '@/app/editor/_components/enum-options';
import { Field } from '@/app/editor/_components/field';
import type { FieldsetProps } from './fieldset-props';
import { IntervalPreview } from './interval-preview';

type Figure = { value: string; qualifier: string; low: string; high: string };

/** The figure and its hedge, with what they will mean shown as the editor types. */
export function FigureFieldset({ errors, shownValue }: FieldsetProps) {
  const [figure, setFigure] = useState<Figure>({
    value: shownValue('value'),
    qualifier: shownValue('qualifier') || 'exact',
    low: shownValue('low'),
    high: shownValue('high'),
  });
  const number = (name: 'value' | 'low' | 'high', label: string, hint?: string) => (
    <Field name={name} label={label} errors={errors[name]} hint={hint}>
      {(control) => (
        <input
          {...control}
          inputMode="decimal"
          value={figure[name]}
          onChange={(e) => setFigure({ ...figure, [name]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <fieldset>
      <legend>The figure</legend>
      <div className="field-row">
        {number('value', 'Value', 'Digits, with commas for thousands: 48,450')}
        <Field name="qualifier" label="Qualifier" errors={errors.qualifier}>
          {(control) => (
            <select
              {...control}
              value={figure.qualifier}
              onChange={(e) => setFigure({ ...figure, qualifier: e.target.value })}
            >
              <EnumOptions values={QUALIFIERS} labels={QUALIFIER_LABELS} />
            </select>
          )}
        </Field>
      </div>
      {figure.qualifier === 'range' && (
        <div className="field-row">
          {number('low', 'Low end')}
          {number('high', 'High end')}
        </div>
      )}
      <IntervalPreview {...figure} />
    </fieldset>
  );
}
