'use client';

import { useActionState, useState } from 'react';
import { submitWithoutReset } from '@/app/_components/submit-without-reset';
import { DOCUMENT_FIELDS } from '@/lib/extract/draft-form';
import { extractDrafts } from '@/lib/extract/extract';
import type { DraftsFormState } from '@/lib/server/extract/prepare-drafts';
import type { MetricChoice } from '@/lib/extract/suggest-metric';
import type { ExtractResult } from '@/lib/extract/types';
import { formView } from '@/lib/forms';
import { saveDraftsAction } from '../actions';
import styles from '../page.module.css';
import { DraftsTable } from './drafts-table';
import { FormStatus } from './form-status';

type Props = {
  metrics: MetricChoice[];
  topics: { slug: string; title: string }[];
  sources: string[];
};

const LABELS: Record<(typeof DOCUMENT_FIELDS)[number], string> = {
  url: 'Document link',
  title: 'Title',
  publisher: 'Publisher',
  byline: 'Byline',
  published_on: 'Published on',
};

/** Paste a text, read its figures in the browser, then save the checked drafts through the server. */
export function ExtractForm({ metrics, topics, sources }: Props) {
  const [state, formAction, pending] = useActionState<DraftsFormState, FormData>(saveDraftsAction, {
    status: 'idle',
  });
  const { values, errors } = formView(state);
  const [text, setText] = useState('');
  const [document, setDocument] = useState<Record<string, string>>({});
  const [isPublisherAuthor, setIsPublisherAuthor] = useState(false);
  const [result, setResult] = useState<{ version: number; found: ExtractResult } | null>(null);

  // The text itself is never posted (the textarea has no name): drafts carry their own quotes.
  const find = () =>
    setResult({
      version: (result?.version ?? 0) + 1,
      found: extractDrafts(text, {
        published: document.published_on?.trim() || undefined,
        publisher: isPublisherAuthor ? document.publisher?.trim() || undefined : undefined,
      }),
    });
  const documentError = (field: string): string[] | undefined =>
    Object.entries(errors).find(([key]) => key.endsWith(`.${field}`))?.[1];

  return (
    <form className={styles.form} noValidate onSubmit={submitWithoutReset(formAction)}>
      <fieldset>
        <legend>The text</legend>
        <div className="field">
          <label htmlFor="extract-text">Text of the article</label>
          <textarea
            id="extract-text"
            rows={10}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>The document</legend>
        <div className="field-row">
          {DOCUMENT_FIELDS.map((field) => (
            <div className="field" key={field}>
              <label htmlFor={`document-${field}`}>{LABELS[field]}</label>
              <input
                id={`document-${field}`}
                name={field}
                type="text"
                inputMode={field === 'published_on' ? 'numeric' : undefined}
                placeholder={
                  field === 'published_on' ? 'YYYY-MM-DD' : field === 'url' ? 'https://' : undefined
                }
                value={document[field] ?? values[field] ?? ''}
                onChange={(e) => setDocument({ ...document, [field]: e.target.value })}
                aria-invalid={documentError(field) ? true : undefined}
                aria-describedby={documentError(field) ? `document-${field}-error` : undefined}
              />
              {documentError(field) && (
                <p id={`document-${field}-error`} className="field-error">
                  {documentError(field)?.join(' ')}
                </p>
              )}
            </div>
          ))}
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={isPublisherAuthor}
            onChange={(e) => setIsPublisherAuthor(e.target.checked)}
          />
          The publisher speaks for itself (a ministry bulletin, a UN update): figures with no named
          source are its own
        </label>
        <button type="button" className="secondary" onClick={find}>
          Find figures
        </button>
      </fieldset>
      {result?.found.message && (
        <p className="notice" role="status">
          {result.found.message}
        </p>
      )}
      {result && result.found.drafts.length > 0 && (
        <>
          <FormStatus state={state} />
          <DraftsTable
            key={result.version}
            drafts={result.found.drafts}
            text={text}
            metrics={metrics}
            topics={topics}
            sources={sources}
            values={values}
            errors={errors}
          />
          <button type="submit" disabled={pending}>
            {pending ? 'Saving…' : 'Save the ticked drafts'}
          </button>
        </>
      )}
    </form>
  );
}
