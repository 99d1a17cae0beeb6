import { describe, expect, test } from 'vitest';
import type { CheckedClaim } from '@/lib/claims/checks/claims';
import {
  claimIdsInWords,
  claimantLabel,
  figureInWords,
  metricLabel,
  namesInWords,
} from '@/lib/claims/checks/wording';
import { claim } from '@/tests/support/checked-claims';

describe('claimantLabel and metricLabel', () => {
  test('name the claimant by name, else by slug, else as unnamed', () => {
    expect(claimantLabel(claim(1, 10, { claimant: 'Gaza Ministry of Health' }))).toBe(
      'Gaza Ministry of Health',
    );
    expect(claimantLabel(claim(1, 10))).toBe('moh');
    expect(claimantLabel(claim(1, 10, { claimant_slug: null }))).toBe('an unnamed source');
  });

  test('name the metric by name, else by slug', () => {
    expect(metricLabel(claim(1, 10, { metric_name: 'Women killed in Gaza' }))).toBe(
      'Women killed in Gaza',
    );
    expect(metricLabel(claim(1, 10))).toBe('toll');
  });
});

describe('figureInWords', () => {
  const cases: [string, Partial<CheckedClaim> & { value: number }, string][] = [
    ['an exact figure', { value: 48450 }, '48,450'],
    ['at least', { value: 48450, qualifier: 'at_least' }, 'at least 48,450'],
    ['over', { value: 1000, qualifier: 'more_than' }, 'over 1,000'],
    [
      'about, with the span it allows',
      { value: 1000, qualifier: 'about' },
      'about 1,000 (900 to 1,100)',
    ],
    [
      'nearly, with the span it allows',
      { value: 150, qualifier: 'nearly' },
      'nearly 150 (135 to under 150)',
    ],
    ['a range', { value: 10, qualifier: 'range', low: 10, high: 20 }, '10–20'],
    [
      'about, with bounds an editor stated',
      { value: 1000, qualifier: 'about', low: 800, high: 1200 },
      'about 1,000 (800 to 1,200)',
    ],
    // The qualifier fixes which ends are open (DESIGN.md): at least's upper end stays open.
    [
      'at least, with a stated upper bound',
      { value: 100, qualifier: 'at_least', high: 150 },
      'at least 100 (100 to under 150)',
    ],
  ];
  test.each(cases)('%s', (_name, { value, ...fields }, words) => {
    expect(figureInWords(claim(1, value, fields))).toBe(words);
  });
});

describe('namesInWords and claimIdsInWords', () => {
  test('list a few in full and count the rest', () => {
    expect(namesInWords([])).toBe('');
    expect(namesInWords(['A'])).toBe('A');
    expect(namesInWords(['A', 'B'])).toBe('A and B');
    expect(namesInWords(['A', 'B', 'C'])).toBe('A, B and C');
    expect(namesInWords(['A', 'B', 'C', 'D'])).toBe('A, B, C and 1 other');
    expect(namesInWords(Array.from({ length: 1500 }, (_, i) => `S${i}`))).toBe(
      'S0, S1, S2 and 1,497 others',
    );
    expect(claimIdsInWords([4, 9])).toBe('#4, #9');
    expect(claimIdsInWords([1, 2, 3, 4, 5, 6, 7])).toBe('#1, #2, #3, #4, #5 and 2 more');
  });
});
