import { METRIC_KINDS } from '@/db/enums';
import { NEW_OPTION } from '@/lib/claims/input/form-input';
import { METRIC_KIND_LABELS, METRIC_KIND_MEANINGS } from '@/lib/labels';
import type { ClaimFormOptions } from '@/lib/server/editor/form-options';
import { EnumOptions } from '@/app/editor/_components/enum-options';
import { Field, TextField } from '@/app/editor/_components/field';
import { MetricOptions, TopicOptions } from '@/app/editor/_components/metric-options';
import styles from './claim-form.module.css';
import type { FieldsetProps } from './fieldset-props';

type Props = FieldsetProps & Pick<ClaimFormOptions, 'metrics' | 'topics'>;

/** A new metric, created with the figure: its name, what it counts, its topic, unit and kind. */
export function NewMetricFields({ bind, shownValue, metrics, topics }: Props) {
  return (
    <div className={styles.nested}>
      <TextField label="Name of the new metric" {...bind('metric_name')} />
      <TextField
        label="Slug"
        hint="Optional: made from the name, e.g. children-killed"
        {...bind('new_metric_slug')}
      />
      <TextField label="What exactly is counted, and how" {...bind('metric_description')} />
      <Field label="Topic" {...bind('topic')}>
        {(control) => (
          <select {...control}>
            <TopicOptions topics={topics} />
            <option value={NEW_OPTION}>A new topic (slug below)</option>
          </select>
        )}
      </Field>
      <TextField
        label="New topic slug"
        hint="Only for a new topic, e.g. sudan-war"
        {...bind('new_topic')}
      />
      <TextField label="Unit" hint="people unless you say otherwise" {...bind('unit')} />
      <Field label="Kind" {...bind('metric_kind')} value={shownValue('metric_kind') || 'count'}>
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
      <Field label="Part of" {...bind('parent_metric')}>
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
