import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { ClaimInput } from '@/lib/claims/input/claim-input';

const valid = {
  metric: 'gaza-killed',
  value: '48,450',
  as_of: '2025-03-10',
  attribution: 'unattributed',
  title: 'An article',
};

function fieldErrors(raw: Record<string, unknown>) {
  const result = ClaimInput.safeParse(raw);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

describe('the number rule', () => {
  const accepted: [string, number][] = [
    ['48,450', 48450],
    ['48450', 48450],
    ['12.5', 12.5],
    ['1,234,567', 1234567],
    [' 745 ', 745],
    ['0', 0],
  ];
  test.each(accepted)('accepts "%s" as %d', (text, expected) => {
    expect(ClaimInput.parse({ ...valid, value: text }).value).toBe(expected);
  });

  const rejected = [
    '1,5',
    '0x10',
    '12abc',
    '',
    '   ',
    '-5',
    '1,00',
    '1e3',
    'Infinity',
    '12,345.',
    '.5',
  ];
  test.each(rejected)('rejects "%s", naming value', (text) => {
    expect(fieldErrors({ ...valid, value: text })).toHaveProperty('value');
  });

  test('a missing value is an error, never a zero', () => {
    expect(fieldErrors({ ...valid, value: undefined }).value).toEqual(['Enter a number']);
  });
});

describe('ClaimInput', () => {
  test('fills the defaults of DESIGN.md', () => {
    const claim = ClaimInput.parse({ ...valid, attribution: '', claimant: 'sohr' });
    expect(claim).toMatchObject({ qualifier: 'exact', attribution: 'reported', status: 'active' });
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['an impossible date', { as_of: '2025-02-30' }, 'as_of'],
    ['a date in another format', { as_of: '10/03/2025' }, 'as_of'],
    [
      'a range whose low is above high',
      { qualifier: 'range', value: '20', low: '20', high: '10' },
      'low',
    ],
    ['a range without its high end', { qualifier: 'range', value: '20' }, 'high'],
    ['an unknown qualifier', { qualifier: 'roughly' }, 'qualifier'],
    ['a javascript: URL', { url: 'javascript:alert(1)' }, 'url'],
    ['a quote over 5,000 characters', { quote: 'x'.repeat(5001) }, 'quote'],
    ['a reported claim without a claimant', { attribution: 'reported' }, 'claimant'],
    ['no document at all', { title: '' }, 'url'],
    [
      'a period that ends before it starts',
      { period_start: '2025-03-09', period_end: '2025-03-01' },
      'period_start',
    ],
    ['a metric slug with spaces', { metric: 'gaza killed' }, 'metric'],
  ];
  test.each(bad)('rejects %s, naming the field', (_name, change, field) => {
    expect(Object.keys(fieldErrors({ ...valid, ...change }))).toContain(field);
  });

  test('a range keeps value as its low end', () => {
    const claim = ClaimInput.parse({ ...valid, qualifier: 'range', value: '10', high: '20' });
    expect(claim).toMatchObject({ value: 10, high: 20 });
  });
});

describe('a rejected input names every problem at once', () => {
  test('a bad value does not hide a missing document or claimant', () => {
    const errors = fieldErrors({
      metric: 'gaza-killed',
      value: '12abc',
      as_of: '2025-02-30',
      attribution: 'reported',
    });
    expect(Object.keys(errors).sort()).toEqual(['as_of', 'claimant', 'url', 'value']);
  });
});
