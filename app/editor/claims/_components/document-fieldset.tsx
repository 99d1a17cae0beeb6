import { TextField } from '@/app/editor/_components/field';
import type { FieldsetProps } from './fieldset-props';
import { QuoteFields } from './quote-fields';

/** The document the figure was published in, and the words it gives. */
export function DocumentFieldset(props: FieldsetProps) {
  const { bind } = props;
  return (
    <fieldset>
      <legend>Where it was published</legend>
      <TextField
        type="url"
        label="Document link"
        hint="http:// or https://; a known link reuses its document"
        {...bind('url')}
      />
      <TextField label="Title" {...bind('title')} />
      <div className="field-row">
        <TextField label="Publisher" {...bind('publisher')} />
        <TextField label="Byline" {...bind('byline')} />
      </div>
      <div className="field-row">
        <TextField type="date" label="Published on" {...bind('published_on')} />
        <TextField type="url" label="Archived copy" {...bind('archive_url')} />
      </div>
      <QuoteFields {...props} />
    </fieldset>
  );
}
