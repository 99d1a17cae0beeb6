import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import {
  DOCUMENT_EDIT_FIELDS,
  DocumentEdit,
  METRIC_EDIT_FIELDS,
  MetricEdit,
  SourceEdit,
  parseRecordEditForm,
  thresholdAsPercent,
} from '@/lib/catalog/inputs';
import { ChangeReason } from '@/lib/claims/input/change-reason';

const fieldsWithErrors = (schema: z.ZodType, raw: unknown): string[] => {
  const parsed = schema.safeParse(raw);
  return parsed.success ? [] : Object.keys(z.flattenError(parsed.error).fieldErrors);
};

const metric = { name: 'People killed', unit: 'people', kind: 'count' };
const source = { name: 'Reuters', kind: 'media' };
const document = { title: 'Daily report' };

describe('MetricEdit', () => {
  test.each<[string, Record<string, unknown>, string[]]>([
    ['a complete edit', { ...metric, parent: 'gaza-killed', parts_complete: 'on' }, []],
    ['a blank name', { ...metric, name: ' ' }, ['name']],
    ['a blank unit', { ...metric, unit: '' }, ['unit']],
    ['an unknown kind', { ...metric, kind: 'total' }, ['kind']],
    ['no kind', { name: 'People killed', unit: 'people' }, ['kind']],
    ['a parent that is not a slug', { ...metric, parent: 'Gaza killed!' }, ['parent']],
    ['a name over 200 characters', { ...metric, name: 'x'.repeat(201) }, ['name']],
    ['parts_complete that is not a flag', { ...metric, parts_complete: 'yes' }, ['parts_complete']],
  ])('%s', (_, raw, fields) => {
    expect(fieldsWithErrors(MetricEdit, raw)).toEqual(fields);
  });

  test.each<[unknown, boolean]>([
    [undefined, false],
    ['', false],
    ['on', true],
    ['true', true],
    ['false', false],
    [true, true],
    [false, false],
  ])('reads parts_complete %j as %s', (value, expected) => {
    expect(MetricEdit.parse({ ...metric, parts_complete: value }).parts_complete).toBe(expected);
  });

  test('trims text, lowercases the parent slug and leaves blanks out', () => {
    expect(
      MetricEdit.parse({ ...metric, name: ' Killed ', parent: 'GAZA-KILLED', description: '' }),
    ).toEqual({
      name: 'Killed',
      unit: 'people',
      kind: 'count',
      parent: 'gaza-killed',
      parts_complete: false,
      divergence_threshold: null,
    });
  });
});

describe('MetricEdit divergence_threshold', () => {
  test.each<[unknown, number | null]>([
    ['10', 0.1],
    ['12.5', 0.125],
    [' 12.5 % ', 0.125],
    ['7', 0.07],
    ['0.5', 0.005],
    ['100', 1],
    ['', null],
    ['  ', null],
    [undefined, null],
    [null, null],
    [25, 0.25],
  ])('reads %j as %j', (typed, stored) => {
    expect(MetricEdit.parse({ ...metric, divergence_threshold: typed }).divergence_threshold).toBe(
      stored,
    );
  });

  test.each<[unknown]>([['0'], ['-5'], ['100.5'], ['101'], ['ten'], ['1,5'], ['0.1.2'], [0]])(
    'refuses %j, naming divergence_threshold and saying what to type',
    (typed) => {
      const parsed = MetricEdit.safeParse({ ...metric, divergence_threshold: typed });
      expect(parsed.success).toBe(false);
      expect(parsed.error && z.flattenError(parsed.error).fieldErrors).toEqual({
        divergence_threshold: [
          'Give the divergence threshold as a percentage above 0 and at most 100, such as 10 or 12.5',
        ],
      });
    },
  );

  test.each<[number, string]>([
    [0.1, '10'],
    [0.125, '12.5'],
    [0.07, '7'],
    [1, '100'],
    [0.005, '0.5'],
  ])('shows the stored %s as %s', (fraction, typed) => {
    expect(thresholdAsPercent(fraction)).toBe(typed);
  });
});

describe('parseRecordEditForm', () => {
  const form = { ...metric, reason: 'Renamed by the ministry' };

  test('gives the parsed input and the trimmed reason', () => {
    expect(
      parseRecordEditForm(MetricEdit, METRIC_EDIT_FIELDS, { ...form, reason: ' Renamed ' }),
    ).toMatchObject({ status: 'ready', input: { name: 'People killed' }, reason: 'Renamed' });
  });

  test.each<[string, Record<string, string>, string[]]>([
    ['no reason', { ...metric, reason: ' ' }, ['reason']],
    ['no reason and no name', { ...metric, name: '', reason: '' }, ['name', 'reason']],
    ['a bad threshold', { ...form, divergence_threshold: '0' }, ['divergence_threshold']],
  ])('marks every bad field at once: %s', (_, values, fields) => {
    const parsed = parseRecordEditForm(MetricEdit, METRIC_EDIT_FIELDS, values);
    expect(parsed.status).toBe('invalid');
    expect(parsed.status === 'invalid' && Object.keys(parsed.fieldErrors).sort()).toEqual(fields);
    expect(parsed.status === 'invalid' && parsed.values).toEqual(values);
  });

  test('a document without link or title is marked on its link', () => {
    const parsed = parseRecordEditForm(DocumentEdit, DOCUMENT_EDIT_FIELDS, { reason: 'Why' });
    expect(parsed).toMatchObject({
      status: 'invalid',
      fieldErrors: { url: ['Give the document: its link or its title'] },
    });
  });

  test('the forms offer every field of their schema and the reason', () => {
    expect(METRIC_EDIT_FIELDS).toEqual([
      'name',
      'description',
      'unit',
      'kind',
      'parent',
      'parts_complete',
      'divergence_threshold',
      'reason',
    ]);
    expect(DOCUMENT_EDIT_FIELDS).toContain('retrieved_on');
  });
});

describe('SourceEdit', () => {
  test.each<[string, Record<string, unknown>, string[]]>([
    ['a complete edit', { ...source, url: 'https://reuters.com/', description: 'Agency' }, []],
    ['no name', { kind: 'media' }, ['name']],
    ['an unknown kind', { ...source, kind: 'blog' }, ['kind']],
    ['a javascript: link', { ...source, url: 'javascript:alert(1)' }, ['url']],
    [
      'a description over 200 characters',
      { ...source, description: 'x'.repeat(201) },
      ['description'],
    ],
  ])('%s', (_, raw, fields) => {
    expect(fieldsWithErrors(SourceEdit, raw)).toEqual(fields);
  });
});

describe('DocumentEdit', () => {
  test.each<[string, Record<string, unknown>, string[]]>([
    ['a title alone', document, []],
    ['a link alone', { url: 'https://example.org/a' }, []],
    ['neither link nor title', { publisher: 'Agency', title: ' ' }, ['url']],
    ['a data: archive link', { ...document, archive_url: 'data:text/html,x' }, ['archive_url']],
    ['a date that does not exist', { ...document, published_on: '2025-02-30' }, ['published_on']],
    [
      'a retrieved day not as YYYY-MM-DD',
      { ...document, retrieved_on: '3/9/2025' },
      ['retrieved_on'],
    ],
  ])('%s', (_, raw, fields) => {
    expect(fieldsWithErrors(DocumentEdit, raw)).toEqual(fields);
  });
});

describe('ChangeReason', () => {
  test.each<[unknown, boolean]>([
    ['Typo in the figure', true],
    ['x'.repeat(1000), true],
    ['x'.repeat(1001), false],
    ['   ', false],
    ['', false],
    [undefined, false],
  ])('%j is valid: %s', (reason, valid) => {
    expect(ChangeReason.safeParse(reason).success).toBe(valid);
  });
});
