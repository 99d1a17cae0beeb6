import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import {
  DraftsTopic,
  chosenTopic,
  MAX_DRAFTS,
  draftCount,
  draftFormToInputs,
  draftRawInput,
} from '@/lib/extract/draft-form';

const DOCUMENT = {
  title: 'Daily report',
  published_on: '2025-03-10',
  url: '',
  publisher: '',
  byline: '',
};
const row = (index: number, fields: Record<string, string>) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [`d${index}.${k}`, v]));

describe('draftFormToInputs', () => {
  test('maps the ticked drafts, with the document, into canonical claim inputs', () => {
    const values = {
      ...DOCUMENT,
      topic: 'syria-coast-2025',
      draft_count: '3',
      ...row(0, {
        save: 'on',
        metric: '__new__',
        metric_name: 'Coast killed',
        unit: 'people',
        metric_kind: 'count',
        value: '1000',
        qualifier: 'more_than',
        as_of: '2025-03-09',
        claimant: 'Syrian Observatory for Human Rights',
        attribution: 'reported',
        quote: 'over 1,000 people',
      }),
      ...row(1, {
        save: 'on',
        metric: '__new__',
        metric_name: 'Coast civilians',
        unit: 'people',
        part_of: '0',
        value: '745',
        qualifier: 'exact',
        as_of: '2025-03-09',
        claimant: 'Syrian Observatory for Human Rights',
        attribution: 'reported',
        quote: '745 civilians',
      }),
      ...row(2, { metric: 'gaza-killed', value: '48450' }),
    };
    const rows = draftFormToInputs(values);
    expect(rows.map((r) => r.index)).toEqual([0, 1]);
    expect(rows[0]?.raw).toMatchObject({
      metric: 'coast-killed',
      metric_name: 'Coast killed',
      topic: 'syria-coast-2025',
      title: 'Daily report',
      value: '1000',
    });
    expect(rows[1]?.raw).toMatchObject({
      metric: 'coast-civilians',
      parent_metric: 'coast-killed',
    });
    for (const { raw } of rows) expect(ClaimInput.safeParse(raw).success).toBe(true);
  });

  test('an unattributed draft names no claimant, as the schema requires', () => {
    const [only] = draftFormToInputs({
      ...DOCUMENT,
      draft_count: '1',
      ...row(0, {
        save: 'on',
        metric: 'gaza-killed',
        value: '48450',
        as_of: '2025-03-10',
        attribution: 'unattributed',
        claimant: 'stale',
      }),
    });
    expect(only?.raw.claimant).toBe('');
    expect(ClaimInput.safeParse(only?.raw).success).toBe(true);
  });

  test('two drafts saved to the same new metric do not make it its own parent', () => {
    const fields = {
      save: 'on',
      metric: '__new__',
      metric_name: 'Same',
      value: '1',
      as_of: '2025-03-10',
      attribution: 'unattributed',
    };
    const rows = draftFormToInputs({
      ...DOCUMENT,
      topic: 't',
      draft_count: '2',
      ...row(0, fields),
      ...row(1, { ...fields, part_of: '0' }),
    });
    expect(rows.map((r) => r.index)).toEqual([0, 1]);
    expect(rows[1]?.raw.parent_metric).toBeUndefined();
  });

  test('a new metric is made in the new topic chosen for every draft', () => {
    const raw = draftRawInput(
      {
        ...DOCUMENT,
        topic: '__new__',
        new_topic: ' Sudan-War ',
        draft_count: '1',
        ...row(0, { metric: '__new__', metric_name: 'People killed', topic: 'gaza-war' }),
      },
      0,
    );
    expect(raw).toMatchObject({ metric: 'people-killed', topic: 'sudan-war' });
  });

  test('a draft filed under a stored metric names no topic: the metric has one', () => {
    const raw = draftRawInput(
      { ...DOCUMENT, topic: 'gaza-war', draft_count: '1', ...row(0, { metric: 'gaza-killed' }) },
      0,
    );
    expect(raw.metric).toBe('gaza-killed');
    expect(raw.topic).toBeUndefined();
  });
});

describe('draftCount', () => {
  test.each([
    [{ draft_count: '2', a: '', b: '' }, 2],
    [{ draft_count: '-3' }, 0],
    [{ draft_count: 'x' }, 0],
    // A forged count cannot ask for more drafts than the form has fields.
    [{ draft_count: '1000000000', a: '' }, 2],
  ])('%j holds %i drafts', (values, expected) => {
    expect(draftCount(values)).toBe(expected);
  });

  test('a form holds no more drafts than the page shows, however many fields are posted', () => {
    const fields = Object.fromEntries(
      Array.from({ length: MAX_DRAFTS * 3 }, (_, i) => [`d${i}.value`, '1']),
    );
    expect(draftCount({ ...fields, draft_count: String(MAX_DRAFTS * 3) })).toBe(MAX_DRAFTS);
  });
});

describe('DraftsTopic', () => {
  test.each([
    [{ topic: 'gaza-war' }, 'gaza-war'],
    [{ topic: '__new__', new_topic: 'Sudan-war ' }, 'sudan-war'],
  ])('%j is filed under %s', (values, slug) => {
    const parsed = DraftsTopic.safeParse(values);
    expect(parsed.success && chosenTopic(parsed.data)).toBe(slug);
  });

  test.each([
    [{}, { topic: ['Choose the topic first'] }],
    [{ topic: '' }, { topic: ['Choose the topic first'] }],
    [{ topic: '__new__', new_topic: ' ' }, { new_topic: ['Give the new topic a slug'] }],
    [
      { topic: '__new__', new_topic: 'sudan war' },
      { new_topic: ['Use lowercase letters, digits and hyphens'] },
    ],
  ])('%j is refused, naming the field', (values, fieldErrors) => {
    const parsed = DraftsTopic.safeParse(values);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(z.flattenError(parsed.error).fieldErrors).toEqual(fieldErrors);
  });
});
