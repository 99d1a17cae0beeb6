import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { DocumentEdit, MetricEdit, SourceEdit } from '@/lib/catalog/inputs';
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
