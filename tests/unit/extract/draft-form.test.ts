import { describe, expect, test } from 'vitest';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { draftFormToInputs } from '@/lib/extract/draft-form';
import { suggestMetric } from '@/lib/extract/suggest-metric';

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
      draft_count: '3',
      ...row(0, {
        save: 'on',
        metric: '__new__',
        metric_name: 'Coast killed',
        topic: 'syria-coast-2025',
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
        topic: 'syria-coast-2025',
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
      topic: 't',
      value: '1',
      as_of: '2025-03-10',
      attribution: 'unattributed',
    };
    const rows = draftFormToInputs({
      ...DOCUMENT,
      draft_count: '2',
      ...row(0, fields),
      ...row(1, { ...fields, part_of: '0' }),
    });
    expect(rows.map((r) => r.index)).toEqual([0, 1]);
    expect(rows[1]?.raw.parent_metric).toBeUndefined();
  });
});

describe('suggestMetric', () => {
  const METRICS = [
    {
      slug: 'syria-coast-killed',
      name: 'People killed',
      topic: 'syria-coast-2025',
      unit: 'people',
      description:
        "Everyone reported killed in the violence in Syria's northwestern coastal region",
      parent: null,
    },
    {
      slug: 'syria-coast-civilians-killed',
      name: 'Civilians killed',
      topic: 'syria-coast-2025',
      unit: 'people',
      description: 'Civilians reported killed on the Syrian coast.',
      parent: 'syria-coast-killed',
    },
    {
      slug: 'gaza-killed',
      name: 'People killed',
      topic: 'gaza-war',
      unit: 'people',
      description: 'Palestinians killed in the Gaza Strip since 7 October 2023, a running total.',
      parent: null,
    },
  ];
  test('matches what is counted, the outcome and the topic of the sentence', () => {
    expect(
      suggestMetric(
        {
          outcome: 'killed',
          counted: 'people',
          unit: 'people',
          quote: 'Palestinians in the Gaza Strip: at least 48,450 people',
        },
        METRICS,
      ),
    ).toBe('gaza-killed');
    expect(
      suggestMetric(
        {
          outcome: 'killed',
          counted: 'people',
          unit: 'people',
          quote: 'violence in northwestern Syria: over 1,000 people',
        },
        METRICS,
      ),
    ).toBe('syria-coast-killed');
    expect(
      suggestMetric(
        {
          outcome: 'killed',
          counted: 'civilians',
          unit: 'people',
          quote: '745 civilians in Syria',
        },
        METRICS,
        'syria-coast-killed',
      ),
    ).toBe('syria-coast-civilians-killed');
  });
  test('suggests nothing for another outcome or unit', () => {
    expect(
      suggestMetric(
        { outcome: 'displaced', counted: 'people', unit: 'people', quote: '' },
        METRICS,
      ),
    ).toBeNull();
    expect(
      suggestMetric({ outcome: 'killed', counted: 'people', unit: 'percent', quote: '' }, METRICS),
    ).toBeNull();
  });
});
