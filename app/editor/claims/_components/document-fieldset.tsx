import { TextField } from '../../_components/field';
import type { FieldsetProps } from './fieldset-props';
import { QuoteFields } from './quote-fields';

/** The document the figure was published in, and the words it gives. */
export function DocumentFieldset({ errors, shownValue }: FieldsetProps) {
  const text = (
    name: 'url' | 'title' | 'publisher' | 'byline' | 'published_on' | 'archive_url',
    label: string,
    type?: 'url' | 'date',
    hint?: string,
  ) => (
    <TextField
      type={type}
      name={name}
      label={label}
      hint={hint}
      errors={errors[name]}
      value={shownValue(name)}
    />
  );
  return (
    <fieldset>
      <legend>Where it was published</legend>
      {text('url', 'Document link', 'url', 'http:// or https://; a known link reuses its document')}
      {text('title', 'Title')}
      <div className="field-row">
        {text('publisher', 'Publisher')}
        {text('byline', 'Byline')}
      </div>
      <div className="field-row">
        {text('published_on', 'Published on', 'date')}
        {text('archive_url', 'Archived copy', 'url')}
      </div>
      <QuoteFields errors={errors} shownValue={shownValue} />
    </fieldset>
  );
}
