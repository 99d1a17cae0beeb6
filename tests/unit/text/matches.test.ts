import { describe, expect, test } from 'vitest';
import { groupMatches } from '@/lib/text/matches';

describe('groupMatches', () => {
  const cases: [string, string, RegExp, [string, number][]][] = [
    [
      'each first group with where its match starts',
      'according to OCHA, and according to WHO',
      /according to (\w+)/g,
      [
        ['OCHA', 0],
        ['WHO', 23],
      ],
    ],
    ['no match', 'nothing here', /according to (\w+)/g, []],
    ['a match whose group took no part', 'ab', /a(x)?/g, []],
  ];
  test.each(cases)('%s', (_name, text, pattern, expected) => {
    expect(groupMatches(text, pattern)).toEqual(expected);
  });
});
