import { beforeAll, describe, expect, test } from 'vitest';
import { UsageError } from '@/lib/errors';
import { importFile } from '@/lib/server/import/import-file';
import { firstRows } from '@/lib/server/import/uploads';
import { migrateTestDatabase } from '@/tests/support/test-database';

const actor = { editorId: null };
const jsonFile = (text: string) => ({
  name: 'hostile.json',
  bytes: new TextEncoder().encode(text),
});
const deepList = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const GOOD = {
  metric: 'json-killed',
  metric_name: 'People killed',
  topic: 'json',
  value: 12,
  as_of: '2024-01-01',
  title: 'Report',
  attribution: 'unattributed',
};

beforeAll(async () => {
  await migrateTestDatabase();
});

describe('JSON files that are not an array of rows are refused at once, naming where', () => {
  test.each([
    ['a list nested 5,000 levels deep', deepList(5000), /^element 0 is nested more than/],
    [
      'a deep list in a field of the second element',
      `[${JSON.stringify(GOOD)}, {"metric": "x", "value": ${deepList(5000)}}]`,
      /^element 1 \(its value\) is nested more than \d+ levels deep/,
    ],
    ['objects nested 5,000 deep', `[${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}]`, /^element 0/],
    [
      'an object instead of an array',
      JSON.stringify(GOOD),
      /not a JSON array of objects: it holds one object/,
    ],
    ['a single string', '"claims"', /not a JSON array of objects: it holds a string/],
    ['text after the array', `[${JSON.stringify(GOOD)}] and more`, /not a JSON array of objects/],
  ])('%s', async (_, text, message) => {
    const started = performance.now();
    const refused = importFile(jsonFile(text), { actor, dryRun: true });
    await expect(refused).rejects.toThrow(UsageError);
    await expect(importFile(jsonFile(text), { actor, dryRun: true })).rejects.toThrow(message);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('rows of the wrong shape are rejected one by one, by field', () => {
  test('lists and objects in fields are refused by their field; elements that are not objects, as rows', async () => {
    const text = JSON.stringify([
      { ...GOOD, value: [1, [2, [3]]], quote: { text: 'x' } },
      'a row as text',
      48450,
      null,
      [GOOD],
      GOOD,
    ]);
    const report = await importFile(jsonFile(text), { actor, dryRun: true });
    expect(report).toMatchObject({ rows: 6, rejectedRows: 5 });
    expect(report.rejected.map((r) => `${r.position}: ${r.field}`)).toEqual([
      'element 0: value',
      'element 0: quote',
      'element 1: row',
      'element 2: row',
      'element 3: row',
      'element 4: row',
    ]);
    expect(report.rejected.slice(2).map((r) => r.message.split(', not ')[1])).toEqual([
      'a string',
      'a number',
      'null',
      'an array',
    ]);
  });

  test('a value of millions of characters is cut where it is read and refused for its length', async () => {
    // A number of 300,000 digits: JSON allows it, JSON.stringify cannot write it.
    const text = JSON.stringify([
      { ...GOOD, title: 'T'.repeat(3_000_000), value: 'BIG' },
      { ...GOOD, quote: 'x'.repeat(200_000) },
    ]).replace('"BIG"', '1'.padEnd(300_000, '0'));
    const upload = jsonFile(text);
    const report = await importFile(upload, { actor, dryRun: true });
    expect(report.rejected).toEqual([
      { position: 'element 0', field: 'value', message: 'Keep it under 100,000 characters' },
      { position: 'element 0', field: 'title', message: 'Keep it under 100,000 characters' },
      { position: 'element 1', field: 'quote', message: 'Keep it under 100,000 characters' },
    ]);
    const [first] = await firstRows(upload, 1);
    expect(String(first?.raw.title)).toHaveLength(100_000);
  });

  test('keys that are not columns are dropped as they are read, however many', async () => {
    const noise = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`extra_${i}`, i]));
    const upload = jsonFile(JSON.stringify([{ ...noise, ...GOOD }]));
    const report = await importFile(upload, { actor, dryRun: true });
    expect(report).toMatchObject({ rows: 1, rejectedRows: 0 });
    const [row] = await firstRows(upload, 1);
    expect(Object.keys(row?.raw ?? {}).sort()).toEqual(Object.keys(GOOD).sort());
  });
});
