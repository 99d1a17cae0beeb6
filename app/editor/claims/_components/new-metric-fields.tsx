import { METRIC_KINDS } from '@/db/enums';
import { NEW_OPTION } from '@/lib/claims/input/form-input';
import { METRIC_KIND_LABELS, METRIC_KIND_MEANINGS } from '@/lib/labels';
import type { ClaimFormOptions } from '@/lib/server/editor/form-options';
import { EnumOptions } from '../../_components/enum-options';
import { Field, TextField } from '../../_components/field';
import { MetricOptions } from '../../_components/metric-options';
import type { FieldsetProps } from './fieldset-props';

type Props = FieldsetProps & Pick<ClaimFormOptions, 'metrics' | 'topics'>;

/** A new metric, created with the figure: its name, what it counts, its topic, unit and kind. */
export function NewMetricFields({ errors, shownValue, metrics, topics }: Props) {
  return (
    <div className="nested">
      <TextField
        name="metric_name"
        label="Name of the new metric"
        errors={errors.metric_name}
        value={shownValue('metric_name')}
      />
      <TextField
        name="new_metric_slug"
        label="Slug"
        hint="Optional: made from the name, e.g. children-killed"
        value={shownValue('new_metric_slug')}
      />
      <TextField
        name="metric_description"
        label="What exactly is counted, and how"
        value={shownValue('metric_description')}
      />
      <Field name="topic" label="Topic" errors={errors.topic} value={shownValue('topic')}>
        {(control) => (
          <select {...control}>
            {topics.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.title}
              </option>
            ))}
            <option value={NEW_OPTION}>A new topic (slug below)</option>
          </select>
        )}
      </Field>
      <TextField
        name="new_topic"
        label="New topic slug"
        hint="Only for a new topic, e.g. sudan-war"
        value={shownValue('new_topic')}
      />
      <TextField
        name="unit"
        label="Unit"
        hint="people unless you say otherwise"
        errors={errors.unit}
        value={shownValue('unit')}
      />
      <Field
        name="metric_kind"
        label="Kind"
        errors={errors.metric_kind}
        value={shownValue('metric_kind') || 'count'}
      >
        {(control) => (
          <select {...control}>
            <EnumOptions
              values={METRIC_KINDS}
              labels={METRIC_KIND_LABELS}
              meanings={METRIC_KIND_MEANINGS}
            />
          </select>
        )}
      </Field>
      <Field
        name="parent_metric"
        label="Part of"
        errors={errors.parent_metric}
        value={shownValue('parent_metric')}
      >
        {(control) => (
          <select {...control}>
            <option value="">Not part of another metric</option>
            <MetricOptions metrics={metrics} />
          </select>
        )}
      </Field>
    </div>
  );
}
