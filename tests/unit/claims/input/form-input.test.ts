import { describe, expect, test } from 'vitest';
import { NEW_OPTION, claimColumnsBetween, claimFormToInput } from '@/lib/claims/input/form-input';

describe('claimFormToInput', () => {
  test('passes an existing metric and claimant through by slug', () => {
    const { raw } = claimFormToInput({
      metric: 'gaza-killed',
      metric_name: 'ignored for an existing metric',
      claimant: 'sohr',
      claimant_kind: 'monitor',
      value: '48,500',
      as_of: '2025-03-11',
    });
    expect(raw).toMatchObject({
      metric: 'gaza-killed',
      claimant: 'sohr',
      value: '48,500',
      as_of: '2025-03-11',
    });
    expect(raw).not.toHaveProperty('metric_name');
    expect(raw).not.toHaveProperty('claimant_kind');
  });

  test('creates a metric from its name, in a new topic, with a description', () => {
    const result = claimFormToInput({
      metric: NEW_OPTION,
      metric_name: 'Children killed in Khan Younis',
      metric_description: 'Under-18s, as the ministry counts them',
      metric_kind: 'cumulative',
      topic: NEW_OPTION,
      new_topic: 'khan-younis',
      claimant: NEW_OPTION,
      new_claimant: 'Nasser Hospital',
      claimant_kind: 'official',
    });
    expect(result.raw).toMatchObject({
      metric: 'children-killed-in-khan-younis',
      metric_name: 'Children killed in Khan Younis',
      metric_kind: 'cumulative',
      topic: 'khan-younis',
      claimant: 'Nasser Hospital',
      claimant_kind: 'official',
    });
    expect(result.metricDescription).toBe('Under-18s, as the ministry counts them');
  });
});

describe('claimColumnsBetween', () => {
  test.each([
    ['url', 'published_on', ['url', 'title', 'publisher', 'byline', 'published_on']],
    ['quote', 'notes', ['quote', 'notes']],
    ['status', 'status', ['status']],
  ] as const)('names the run of CSV columns from %s to %s', (first, last, expected) => {
    expect(claimColumnsBetween(first, last)).toEqual(expected);
  });
});
