import { beforeAll, describe, expect, test } from 'vitest';
import {
  BULLETIN,
  DATASET,
  GMO,
  enter,
  idOf,
  setUpEntryChecks,
  summary,
  women,
} from '@/tests/support/entry-checks';
import { fullTableScans, queryPlan, recordStatements } from '@/tests/support/query-plan';
import { createTestClaims } from '@/tests/support/test-database';

beforeAll(setUpEntryChecks);

// The stored figures all come from the ministry's dataset (tests/support/entry-checks.ts).
const fromDataset = { url: DATASET, title: 'Daily casualties dataset' };
const conflicts = (flags: Awaited<ReturnType<typeof enter>>) =>
  summary(flags.filter((flag) => flag.check === 'conflict'));

describe('checkClaimAtEntry: two figures of one claimant in one document', () => {
  test("warns of the claimant's other figure for that metric and day in the document", async () => {
    const stored = await idOf('gaza-killed-women', 1000, '2023-10-19');
    const flags = await enter({ ...women, ...fromDataset, as_of: '2023-10-19', value: 1010 });
    expect(conflicts(flags)).toEqual([['conflict', [stored, 0], ['2023-10-19']]]);
    expect(flags.find((flag) => flag.check === 'conflict')?.message).toBe(
      'In ‘Daily casualties dataset’, Gaza Ministry of Health gave gaza-killed-women on 19 Oct 2023 as 1,000 and as 1,010: one of the two may be mis-entered, or the document contradicts itself.',
    );
  });

  test('the same figure from another document is a correction, not a conflict', async () => {
    expect(conflicts(await enter({ ...women, as_of: '2023-10-19', value: 1010 }))).toEqual([]);
  });

  test('the same figure again is the stored claim, not a conflict', async () => {
    const flags = await enter({ ...women, ...fromDataset, as_of: '2023-10-19', value: 1000 });
    expect(flags).toEqual([]);
  });

  test("another claimant's figure in the document is a disagreement, not a conflict", async () => {
    const flags = await enter({
      metric: 'gaza-killed',
      ...fromDataset,
      as_of: '2023-10-17',
      value: 3100,
    });
    expect(flags.map((flag) => flag.check)).toEqual(['disagreement']);
    const own = await enter({
      metric: 'gaza-killed',
      claimant: GMO,
      ...fromDataset,
      as_of: '2023-10-17',
      value: 3100,
    });
    expect(own.map((flag) => flag.check)).toEqual(['conflict']);
  });

  test('a retracted figure of the document is ignored, and an edit is not compared with itself', async () => {
    // The ministry's 500 women on 20 Oct was retracted.
    const flags = await enter({ ...women, ...fromDataset, as_of: '2023-10-20', value: 505 });
    expect(conflicts(flags)).toEqual([]);
    const edited = await idOf('gaza-killed-women', 1023, '2023-10-22');
    const edit = await enter(
      { ...women, ...fromDataset, as_of: '2023-10-22', value: 1030 },
      edited,
    );
    expect(conflicts(edit)).toEqual([]);
  });

  test('a figure that appeared in the document later, as another appearance, counts', async () => {
    // The Media Office's 940 children of 17 Oct, found again in the ministry's bulletin.
    const children = await idOf('gaza-killed-children', 940, '2023-10-17');
    await createTestClaims([
      {
        topic: 'gaza-war',
        metric: 'gaza-killed-children',
        value: '940',
        as_of: '2023-10-17',
        claimant: GMO,
        ...BULLETIN,
        quote: '940 children',
      },
    ]);
    const flags = await enter({
      metric: 'gaza-killed-children',
      claimant: GMO,
      as_of: '2023-10-17',
      value: 950,
    });
    expect(conflicts(flags)).toEqual([['conflict', [children, 0], ['2023-10-17']]]);
  });

  test('one query finds the document and its figures, through the indexes made for them', async () => {
    const fields = { ...women, ...fromDataset, as_of: '2023-10-19', value: 1010 };
    const statements = await recordStatements(() => enter(fields));
    const plans = await Promise.all(statements.map(queryPlan));
    expect(plans.flatMap(fullTableScans)).toEqual([]);
    const conflictPlan = plans.find((plan) =>
      plan.some((line) => line.includes('claim_appearances')),
    );
    expect(conflictPlan?.join('\n')).toContain('claim_appearances_claim_document_idx');
    expect(conflictPlan?.join('\n')).toContain('claims_metric_claimant_asof_idx');
  });
});
