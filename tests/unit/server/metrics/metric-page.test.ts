import { beforeAll, describe, expect, test } from 'vitest';
import { NO_CLAIMANT } from '@/lib/metrics/page-query';
import {
  type TableQuery,
  countRetracted,
  listMetricClaimants,
  listTableClaims,
} from '@/lib/server/metrics/metric-page';
import { getMetricBySlug } from '@/lib/server/metrics/queries';
import { createTestClaims, found, migrateTestDatabase } from '@/tests/support/test-database';

let serial = 0;
const claim = (as_of: string, value: number, fields: Record<string, string>) => ({
  topic: 'gaza-war',
  metric: 'gaza-injured',
  metric_name: 'People injured',
  as_of,
  value: String(value),
  url: `https://example.org/report/${(serial += 1)}`,
  title: 'Report',
  ...fields,
});
const moh = { claimant: 'Gaza Ministry of Health', claimant_kind: 'ministry' };
const ocha = { claimant: 'OCHA', claimant_kind: 'un_agency' };
const unattributed = { attribution: 'unattributed' };
const retracted = { status: 'retracted' };

let metricId: number;
const everything: TableQuery = {
  status: 'active',
  claimant: null,
  order: 'asc',
  page: 1,
  from: null,
  to: null,
};
const values = async (query: Partial<TableQuery>) =>
  (await listTableClaims(metricId, { ...everything, ...query })).rows.map((row) => row.value);

beforeAll(async () => {
  await migrateTestDatabase();
  await createTestClaims([
    claim('2025-03-01', 100, moh),
    claim('2025-03-02', 120, unattributed),
    claim('2025-03-03', 150, moh),
    // OCHA's only figure was retracted; an unattributed one too.
    claim('2025-03-04', 999, { ...ocha, ...retracted }),
    claim('2025-03-05', 130, { ...unattributed, ...retracted }),
  ]);
  metricId = found((await getMetricBySlug('gaza-injured')) ?? undefined, 'metric').id;
});

describe("a metric's table and its filter", () => {
  test('active figures: claimants with active figures, and "no source named"', async () => {
    expect(await listMetricClaimants(metricId, 'active')).toEqual({
      claimants: [{ slug: 'gaza-ministry-of-health', name: 'Gaza Ministry of Health' }],
      hasUnattributed: true,
    });
    expect(await values({})).toEqual([100, 120, 150]);
    expect(await values({ claimant: NO_CLAIMANT })).toEqual([120]);
    expect(await values({ claimant: 'gaza-ministry-of-health' })).toEqual([100, 150]);
  });

  test('retracted figures are counted, listed on their own, and filtered the same way', async () => {
    expect(await countRetracted(metricId, { from: null, to: null })).toBe(2);
    expect(await countRetracted(metricId, { from: '2025-03-05', to: null })).toBe(1);
    expect(await countRetracted(metricId, { from: null, to: '2025-03-03' })).toBe(0);
    expect(await listMetricClaimants(metricId, 'retracted')).toEqual({
      claimants: [{ slug: 'ocha', name: 'OCHA' }],
      hasUnattributed: true,
    });
    expect(await values({ status: 'retracted' })).toEqual([999, 130]);
    expect(await values({ status: 'retracted', claimant: NO_CLAIMANT })).toEqual([130]);
    expect(await values({ status: 'retracted', claimant: 'ocha' })).toEqual([999]);
    expect(await values({ claimant: 'ocha' })).toEqual([]);
  });
});
