import type { Ref } from 'react';
import { NEW_OPTION } from '@/lib/claims/input/form-input';
import { titleFromSlug } from '@/lib/text/slug';
import { Field, TextField } from '@/app/editor/_components/field';
import { TopicOptions } from '@/app/editor/_components/metric-options';

type Props = {
  topics: { slug: string; title: string }[];
  /** A stored topic's slug, NEW_OPTION, or '' while none is chosen. */
  topic: string;
  onTopic: (topic: string) => void;
  newTopic: string;
  onNewTopic: (slug: string) => void;
  errors: { topic?: string[]; new_topic?: string[] };
  /** The topic's select, focused when figures are asked for before a topic is chosen. */
  selectRef?: Ref<HTMLSelectElement>;
};

/** The topic every draft of the text is filed under, chosen before its figures are read. */
export function TopicFieldset(props: Props) {
  const { topics, topic, onTopic, newTopic, onNewTopic, errors, selectRef } = props;
  const slug = newTopic.trim().toLowerCase();
  return (
    <fieldset>
      <legend>The topic</legend>
      <Field
        name="topic"
        id="extract-topic"
        label="Topic of the figures"
        hint="Drafts are filed only under this topic's metrics, or new metrics in it."
        errors={errors.topic}
      >
        {(control) => (
          <select
            {...control}
            ref={selectRef}
            value={topic}
            onChange={(e) => onTopic(e.target.value)}
          >
            <option value="">Choose a topic…</option>
            <TopicOptions topics={topics} />
            <option value={NEW_OPTION}>A new topic…</option>
          </select>
        )}
      </Field>
      {topic === NEW_OPTION && (
        <TextField
          name="new_topic"
          id="extract-new-topic"
          label="Slug of the new topic"
          hint={
            slug
              ? `Its title will be “${titleFromSlug(slug)}”.`
              : 'Lowercase words joined by hyphens, e.g. sudan-war.'
          }
          errors={errors.new_topic}
          input={{ value: newTopic, onChange: (e) => onNewTopic(e.target.value) }}
        />
      )}
    </fieldset>
  );
}
