import { describe, expect, test } from 'vitest';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { planNewMetric, planNewSource } from '@/lib/catalog/reference-rules';

const claim = {
  metric: 'gaza-killed',
  value: '100',
  as_of: '2025-01-01',
  title: 'Report',
  claimant: 'Gaza Health Office',
};
const input = (raw: Record<string, string>) => ClaimInput.parse({ ...claim, ...raw });

describe('planNewMetric', () => {
  test.each<[string, Record<string, string>, unknown]>([
    [
      'no metric_name',
      { topic: 'gaza-war' },
      {
        field: 'metric',
        message: "Unknown metric 'gaza-killed': give metric_name to create it",
      },
    ],
    [
      'a name but no topic',
      { metric_name: 'People killed' },
      { field: 'topic', message: 'Give the topic of the new metric' },
    ],
    [
      'a name and a topic: people, counted',
      { metric_name: 'People killed', topic: 'gaza-war' },
      {
        slug: 'gaza-killed',
        name: 'People killed',
        topic: 'gaza-war',
        unit: 'people',
        kind: 'count',
        parent: undefined,
      },
    ],
    [
      'its own unit, kind and parent',
      {
        metric_name: 'Homes destroyed',
        topic: 'gaza-war',
        unit: 'buildings',
        metric_kind: 'cumulative',
        parent_metric: 'gaza-damage',
      },
      {
        slug: 'gaza-killed',
        name: 'Homes destroyed',
        topic: 'gaza-war',
        unit: 'buildings',
        kind: 'cumulative',
        parent: 'gaza-damage',
      },
    ],
  ])('%s', (_, raw, expected) => {
    expect(planNewMetric(input(raw))).toEqual(expected);
  });
});

describe('planNewSource', () => {
  test('a claimant without a kind cannot be created', () => {
    expect(planNewSource({ ...input({}), claimant: 'Gaza Health Office' })).toEqual({
      field: 'claimant',
      message: "Unknown source 'Gaza Health Office': give claimant_kind to create it",
    });
  });

  test('a claimant with a kind asks for the slug its name gives', () => {
    const raw = { claimant_kind: 'ministry', claimant_description: 'Runs the hospitals' };
    const named = input({ ...raw, claimant: 'Ministère de la Santé' });
    expect(planNewSource({ ...named, claimant: 'Ministère de la Santé' })).toEqual({
      name: 'Ministère de la Santé',
      slug: 'ministere-de-la-sante',
      kind: 'ministry',
      description: 'Runs the hospitals',
    });
  });
});
