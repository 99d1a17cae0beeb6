import { beforeAll, describe, expect, test } from 'vitest';
import { enter, setUpEntryChecks, women } from '@/tests/support/entry-checks';
import { fullTableScans, queryPlan, recordStatements } from '@/tests/support/query-plan';

beforeAll(setUpEntryChecks);

describe('checkClaimAtEntry: quotes', () => {
  test('flags a quote without the number, or no quote', async () => {
    const [notInQuote] = await enter({
      ...women,
      as_of: '2023-10-23',
      value: 1119,
      quote: '1,100 women',
    });
    expect(notInQuote).toMatchObject({
      check: 'number_not_in_quote',
      claim_ids: [0],
      dates: ['2023-10-23'],
    });
    const [noQuote] = await enter({ ...women, as_of: '2023-10-23', value: 1119, quote: '' });
    expect(noQuote).toMatchObject({ check: 'no_quote', claim_ids: [0] });
  });

  test('a retracted entry contradicts nothing: only its quote is checked', async () => {
    const fields = { ...women, as_of: '2023-10-21', value: 967, status: 'retracted' };
    expect(await enter(fields)).toEqual([]);
  });

  test('a new metric has nothing to contradict: only its quote is checked', async () => {
    const fields = { metric: 'gaza-killed-journalists', as_of: '2025-03-10', value: 1 };
    expect(await enter({ ...fields, quote: 'one journalist' })).toEqual([]);
    expect((await enter({ ...fields, quote: 'journalists' })).map((flag) => flag.check)).toEqual([
      'number_not_in_quote',
    ]);
  });
});

describe('checkClaimAtEntry: queries', () => {
  test.each([
    ["a named claimant's part of a whole", { metric: 'gaza-killed-children', as_of: '2023-10-19' }],
    [
      'an unattributed whole',
      { metric: 'gaza-killed', as_of: '2025-03-10', attribution: 'unattributed', claimant: '' },
    ],
  ])(
    '%s: a fixed number of queries, each seeking the indexes made for it',
    async (_name, fields) => {
      const statements = await recordStatements(() => enter({ ...fields, value: 2900 }));
      expect(statements.length).toBeLessThanOrEqual(7);
      const plans = await Promise.all(statements.map(queryPlan));
      expect(plans.flatMap(fullTableScans)).toEqual([]);
      const used = plans.flat().join('\n');
      for (const index of [
        'claims_metric_claimant_asof_idx',
        'claims_metric_status_asof_idx',
        'metrics_parent_idx',
      ]) {
        expect(used).toContain(index);
      }
      // The claimant's neighbours are sought in its own series, not among every figure of the metric.
      expect(used).toContain(
        'claims_metric_claimant_asof_idx (metric_id=? AND claimant_id=? AND as_of<?)',
      );
      expect(used).toContain(
        'claims_metric_claimant_asof_idx (metric_id=? AND claimant_id=? AND as_of>?)',
      );
      // Every claim of a claimant, or of a metric, is more than an entry check should read.
      expect(used).not.toContain('claims_claimant_idx');
      expect(used).not.toMatch(/claims_metric_status_asof_idx \(metric_id=\?\)/);
    },
  );
});
