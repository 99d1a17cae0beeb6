import { useState } from 'react';
import { NEW_OPTION } from '@/lib/claims/input/form-input';
import type { ClaimFormOptions } from '@/lib/server/editor/form-options';
import { Field } from '@/app/editor/_components/field';
import { MetricOptions } from '@/app/editor/_components/metric-options';
import type { FieldsetProps } from './fieldset-props';
import { NewMetricFields } from './new-metric-fields';

type Props = FieldsetProps & Pick<ClaimFormOptions, 'metrics' | 'topics'>;

/** What is counted: a metric chosen from the list, or a new one described in place. */
export function MetricFieldset(props: Props) {
  const { errors, shownValue, metrics } = props;
  const [metric, setMetric] = useState(shownValue('metric'));
  return (
    <fieldset>
      <legend>What is counted</legend>
      <Field name="metric" label="Metric" errors={errors.metric}>
        {(control) => (
          <select {...control} value={metric} onChange={(e) => setMetric(e.target.value)}>
            <option value="">Choose a metric…</option>
            <MetricOptions metrics={metrics} />
            <option value={NEW_OPTION}>A new metric…</option>
          </select>
        )}
      </Field>
      {metric === NEW_OPTION && <NewMetricFields {...props} />}
    </fieldset>
  );
}
