import { describe, expect, test } from 'vitest';
import { type Snapshot, diffSnapshots } from '@/lib/claims/rules/revision-diff';

const civilians: Snapshot = {
  id: 2,
  metric: 'syria-coast-civilians-killed',
  value: 745,
  qualifier: 'exact',
  low: null,
  high: null,
  as_of: '2025-03-09',
  claimant: 'Syrian Observatory for Human Rights',
  via: null,
  quote: 'including 745 civilians',
  notes: null,
  status: 'active',
};

describe('diffSnapshots', () => {
  const cases: [string, Snapshot, { field: string; before: string; after: string }[]][] = [
    ['an identical snapshot has no changes', { ...civilians }, []],
    [
      'a new value is one change',
      { ...civilians, value: 750 },
      [{ field: 'value', before: '745', after: '750' }],
    ],
    [
      'changes come in CSV column order, not key order',
      { ...civilians, status: 'retracted', value: 750, qualifier: 'about' },
      [
        { field: 'value', before: '745', after: '750' },
        { field: 'qualifier', before: 'exact', after: 'about' },
        { field: 'status', before: 'active', after: 'retracted' },
      ],
    ],
    [
      'a field filled in and a field cleared show as blank on one side',
      { ...civilians, via: 'Reuters', quote: null },
      [
        { field: 'via', before: '(blank)', after: 'Reuters' },
        { field: 'quote', before: 'including 745 civilians', after: '(blank)' },
      ],
    ],
    ['null and an empty string are the same blank', { ...civilians, notes: '' }, []],
    ['the row id is not a change', { ...civilians, id: 99 }, []],
    [
      'a field only one snapshot has is compared too',
      { ...civilians, reviewer: 'desk' },
      [{ field: 'reviewer', before: '(blank)', after: 'desk' }],
    ],
    [
      'bounds given to a figure are changes',
      { ...civilians, qualifier: 'range', low: 700, high: 800 },
      [
        { field: 'qualifier', before: 'exact', after: 'range' },
        { field: 'low', before: '(blank)', after: '700' },
        { field: 'high', before: '(blank)', after: '800' },
      ],
    ],
  ];
  test.each(cases)('%s', (_name, after, expected) => {
    expect(diffSnapshots(civilians, after)).toEqual(expected);
  });
});
