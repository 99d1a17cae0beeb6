import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import {
  type UrlQuery,
  commaList,
  parseUrlQuery,
  queryValues,
  readUrlQuery,
} from '@/lib/url-query';

describe('queryValues', () => {
  const cases: [string, UrlQuery, Record<string, string>][] = [
    [
      'URLSearchParams',
      new URLSearchParams('from=2025-03-01&to=2025-03-09'),
      { from: '2025-03-01', to: '2025-03-09' },
    ],
    [
      'a repeated parameter keeps its first value',
      new URLSearchParams('page=2&page=3'),
      { page: '2' },
    ],
    [
      'an empty parameter is not given',
      new URLSearchParams('from=&to=2025-03-09'),
      { to: '2025-03-09' },
    ],
    [
      "a page's record",
      { page: '2', sort: ['asc', 'desc'], from: undefined },
      { page: '2', sort: 'asc' },
    ],
    ["an empty value in a page's record", { claimant: '', page: ['', '3'] }, {}],
    ['whitespace is a value, not a blank', new URLSearchParams('claimant=%20'), { claimant: ' ' }],
  ];
  test.each(cases)('%s', (_name, query, expected) => {
    expect(queryValues(query)).toEqual(expected);
  });
});

const Query = z.object({
  from: z.iso.date({ error: 'Use YYYY-MM-DD' }).optional(),
  limit: z.string().regex(/^\d+$/, 'Use a whole number').transform(Number).default(10),
});

describe('parseUrlQuery', () => {
  test('gives the typed query, with defaults for what was not given', () => {
    expect(parseUrlQuery(Query, new URLSearchParams('from=2025-03-09&limit='))).toEqual({
      success: true,
      data: { from: '2025-03-09', limit: 10 },
    });
  });

  test('names each bad parameter with its message', () => {
    expect(parseUrlQuery(Query, { from: '9 March', limit: 'ten' })).toEqual({
      success: false,
      fieldErrors: { from: ['Use YYYY-MM-DD'], limit: ['Use a whole number'] },
    });
  });
});

describe('readUrlQuery', () => {
  test('ignores a bad parameter as if it were not given, and names it', () => {
    expect(readUrlQuery(Query, { from: '2025-02-30', limit: '5' })).toEqual({
      data: { limit: 5 },
      ignored: ['from'],
    });
  });

  test('ignores nothing in a good query', () => {
    expect(readUrlQuery(Query, {})).toEqual({ data: { limit: 10 }, ignored: [] });
  });
});

describe('commaList', () => {
  const Ids = z.object({ saved: commaList(/^\d+$/) });
  const cases: [string, UrlQuery, string[]][] = [
    ['a list', { saved: '12,13' }, ['12', '13']],
    ['items that do not match are dropped', { saved: '12,x,,14' }, ['12', '14']],
    ['no parameter is an empty list', {}, []],
  ];
  test.each(cases)('%s', (_name, query, expected) => {
    expect(readUrlQuery(Ids, query).data.saved).toEqual(expected);
  });
});
