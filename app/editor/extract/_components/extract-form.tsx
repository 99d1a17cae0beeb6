'use client';

import { useRef, useState } from 'react';
import {
  DOCUMENT_FIELDS,
  type DraftFieldName,
  type TopicField,
  draftField,
} from '@/lib/extract/draft-form';
import type { MetricChoice } from '@/lib/extract/suggest-metric';
import type { ExtractResult } from '@/lib/extract/types';
import { Field, TextField } from '@/app/editor/_components/field';
import { FormStatus } from '@/app/editor/_components/form-status';
import { useFormAction } from '@/app/editor/_components/use-form-action';
import { saveDraftsAction } from '@/app/editor/extract/actions';
import styles from '@/app/editor/extract/page.module.css';
import { DraftsTable } from './drafts-table';
import { readInWorker } from './read-in-worker';
import { TopicFieldset } from './topic-fieldset';
import { useStoredMatches } from './use-stored-matches';

type Props = {
  metrics: MetricChoice[];
  topics: { slug: string; title: string }[];
  sources: string[];
};

type DocumentField = (typeof DOCUMENT_FIELDS)[number];

const LABELS: Record<DocumentField, string> = {
  url: 'Document link',
  title: 'Title',
  publisher: 'Publisher',
  byline: 'Byline',
  published_on: 'Published on',
};

/** Choose a topic, paste a text, read its figures in the browser, save the checked drafts. */
export function ExtractForm({ metrics, topics, sources }: Props) {
  // Named, not inferred: TypeScript cannot infer a shape from keys like `d${number}.value`.
  const { state, values, errors, pending, onSubmit } =
    useFormAction<Record<DraftFieldName | TopicField, string>>(saveDraftsAction);
  const form = useRef<HTMLFormElement>(null);
  const topicSelect = useRef<HTMLSelectElement>(null);
  const stored = useStoredMatches(form);
  const [topic, setTopic] = useState(values.topic ?? '');
  const [newTopic, setNewTopic] = useState(values.new_topic ?? '');
  const [topicMissing, setTopicMissing] = useState(false);
  const [text, setText] = useState('');
  const [document, setDocument] = useState<Record<string, string>>({});
  const [isPublisherAuthor, setIsPublisherAuthor] = useState(false);
  const [result, setResult] = useState<{ version: number; found: ExtractResult } | null>(null);
  const [isReading, setIsReading] = useState(false);
  // Each reading's number: the answer of a reading that a later one replaced is dropped.
  const readings = useRef(0);
  const hasDrafts = (result?.found.drafts.length ?? 0) > 0;

  // The text itself is never posted (the textarea has no name): drafts carry their own quotes.
  // It is read in a Web Worker, so the page answers while a long text is read.
  const find = async () => {
    setTopicMissing(topic === '');
    // The topic is asked for at the top of the form, often off-screen from this button.
    if (topic === '') {
      topicSelect.current?.focus();
      return;
    }
    const reading = ++readings.current;
    setIsReading(true);
    const found = await readInWorker(text, {
      published: document.published_on?.trim() || undefined,
      publisher: isPublisherAuthor ? document.publisher?.trim() || undefined : undefined,
    });
    if (reading !== readings.current) return;
    setIsReading(false);
    setResult((last) => ({ version: (last?.version ?? 0) + 1, found }));
    if (found.drafts.length > 0) stored.check(true);
  };
  // Every draft carries the document's fields, so an error in one is shown once, at the document.
  const documentError = (field: DocumentField): string[] | undefined =>
    result?.found.drafts.map((_, index) => errors[draftField(index, field)]).find(Boolean);

  return (
    <form
      ref={form}
      className={styles.form}
      noValidate
      onSubmit={onSubmit}
      // A posted field changed (not the text, which is never posted): ask again what is stored.
      onChange={(e) => {
        if (hasDrafts && e.target instanceof Element && e.target.getAttribute('name'))
          stored.check();
      }}
    >
      <TopicFieldset
        topics={topics}
        selectRef={topicSelect}
        topic={topic}
        onTopic={(chosen) => {
          setTopic(chosen);
          setTopicMissing(false);
        }}
        newTopic={newTopic}
        onNewTopic={setNewTopic}
        errors={{
          topic: topicMissing ? ['Choose the topic first'] : errors.topic,
          new_topic: errors.new_topic,
        }}
      />
      <fieldset>
        <legend>The text</legend>
        <Field id="extract-text" label="Text of the article">
          {(control) => (
            <textarea
              {...control}
              rows={10}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
      </fieldset>
      <fieldset>
        <legend>The document</legend>
        <div className="field-row">
          {DOCUMENT_FIELDS.map((field) => (
            <TextField
              key={field}
              id={`document-${field}`}
              name={field}
              label={LABELS[field]}
              errors={documentError(field)}
              type={field === 'published_on' ? 'date' : 'text'}
              input={{
                placeholder: field === 'url' ? 'https://' : undefined,
                value: document[field] ?? values[field] ?? '',
                onChange: (e) => setDocument({ ...document, [field]: e.target.value }),
              }}
            />
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
        <button type="button" className="secondary" onClick={find} disabled={isReading}>
          {isReading ? 'Reading the text…' : 'Find figures'}
        </button>
      </fieldset>
      {!isReading && result?.found.message && (
        <p className="notice" role="status">
          {result.found.message}
        </p>
      )}
      {result && hasDrafts && (
        <>
          <FormStatus state={state} />
          <DraftsTable
            key={result.version}
            drafts={result.found.drafts}
            text={text}
            topic={topic}
            metrics={metrics}
            sources={sources}
            matches={stored.matches}
            values={values}
            errors={errors}
          />
          <p className="muted" aria-live="polite">
            {stored.isChecking
              ? 'Checking the drafts against stored figures…'
              : stored.hasFailed
                ? 'Could not check the drafts against stored figures: saving still adds a stored figure only as another appearance.'
                : ''}
          </p>
          <button type="submit" disabled={pending || stored.isChecking}>
            {pending ? 'Saving…' : 'Save the ticked drafts'}
          </button>
        </>
      )}
    </form>
  );
}
