import { describe, expect, test } from 'vitest';
import type { RevisedRecord } from '@/db/schema';
import type { Snapshot } from '@/lib/claims/rules/revision-diff';
import {
  type LinkedNames,
  type RecordChange,
  linkedIds,
  recordChanges,
} from '@/lib/server/catalog/record-changes';

const names: LinkedNames = {
  metrics: new Map([[4, 'People killed']]),
  sources: new Map([[9, 'OHCHR']]),
  topics: new Map([[1, 'Gaza war']]),
};

const metric = {
  id: 7,
  slug: 'children-killed',
  topicId: 1,
  name: 'Children killed',
  description: null,
  unit: 'people',
  kind: 'count',
  parentId: null,
  isPartsComplete: false,
  divergenceThreshold: null,
  createdAt: '2025-03-01T10:00:00.000Z',
};

const change = (field: string, label: string, before: string | null, after: string | null) => ({
  field,
  label,
  before,
  after,
});

describe('recordChanges', () => {
  test.each<[string, RevisedRecord, Snapshot, Snapshot, RecordChange[]]>([
    ['nothing changed', 'metric', metric, { ...metric }, []],
    [
      'a name, in the form order, with the threshold as a percentage beside its default',
      'metric',
      metric,
      { ...metric, divergenceThreshold: 0.125, name: 'Children killed (all causes)' },
      [
        change('name', 'Name', 'Children killed', 'Children killed (all causes)'),
        change('divergenceThreshold', 'Divergence threshold', 'the default (10%)', '12.5%'),
      ],
    ],
    [
      'a parent by its name, a flag and a kind in words, a description set',
      'metric',
      metric,
      {
        ...metric,
        parentId: 4,
        isPartsComplete: true,
        kind: 'cumulative',
        description: 'Under 18',
      },
      [
        change('description', 'Description', null, 'Under 18'),
        change('kind', 'Kind', 'count', 'cumulative'),
        change('parentId', 'Part of', null, 'People killed'),
        change('isPartsComplete', 'Parts add up to the whole', 'no', 'yes'),
      ],
    ],
    [
      'a parent no longer stored by its number',
      'metric',
      metric,
      { ...metric, parentId: 99 },
      [change('parentId', 'Part of', null, '#99')],
    ],
    [
      'a document: days as readers see them, a cleared byline, a null and a blank alike',
      'document',
      { title: 'Bulletin', byline: 'Staff', publishedOn: null, publisher: null },
      { title: 'Bulletin', byline: null, publishedOn: '2025-03-09', publisher: '' },
      [
        change('byline', 'Byline', 'Staff', null),
        change('publishedOn', 'Published', null, '9 Mar 2025'),
      ],
    ],
    [
      'a source: its kind in words, its survivor by name, its aliases listed',
      'source',
      { name: 'UN OHCHR', kind: 'un_agency', mergedInto: null, aliases: [] },
      { name: 'UN OHCHR', kind: 'ngo', mergedInto: 9, aliases: ['OHCHR', 'UN rights office'] },
      [
        change('kind', 'Kind', 'UN agency', 'NGO'),
        change('aliases', 'Other names', null, 'OHCHR, UN rights office'),
        change('mergedInto', 'Merged into', null, 'OHCHR'),
      ],
    ],
    [
      'a field a later schema added, named in words after the known ones',
      'document',
      { title: 'A', captureSha: null, id: 1, createdAt: 'x' },
      { title: 'A', captureSha: 'ab12', id: 2, createdAt: 'y' },
      [change('captureSha', 'Capture sha', null, 'ab12')],
    ],
  ])('%s', (_, record, before, after, expected) => {
    expect(recordChanges(record, before, after, names)).toEqual(expected);
  });
});

describe('linkedIds', () => {
  test('reads the parents and topics of metrics, the survivors of sources, once each', () => {
    const snapshots = [metric, { ...metric, parentId: 4 }, { ...metric, parentId: 4, topicId: 2 }];
    expect(linkedIds('metric', snapshots)).toEqual({ metrics: [4], sources: [], topics: [1, 2] });
    expect(linkedIds('source', [{ mergedInto: null }, { mergedInto: 9 }])).toEqual({
      metrics: [],
      sources: [9],
      topics: [],
    });
    expect(linkedIds('document', [metric])).toEqual({ metrics: [], sources: [], topics: [] });
  });
});
