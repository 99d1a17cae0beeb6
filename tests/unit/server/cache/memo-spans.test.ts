import { beforeAll, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { memoByDataVersion } from '@/lib/server/cache/data-version-memo';
import { loadMetricChartData } from '@/lib/server/metrics/metric-chart-data';
import { listChartClaims } from '@/lib/server/metrics/metric-page';
import { getMetricBySlug } from '@/lib/server/metrics/queries';
import { seedIfEmpty } from '@/lib/server/seed';
import { found, migrateTestDatabase } from '@/tests/support/test-database';

// Issue 14: random `?from=` dates on a metric page must not each cost a read of the whole metric.

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
});

describe('values kept per data version', () => {
  test('a value used on every request outlives a flood of one-off keys', async () => {
    const everyRequest = vi.fn(async () => 'flags');
    await memoByDataVersion('flags:1', everyRequest);
    for (let n = 0; n < 500; n++) {
      await memoByDataVersion(`span:${n}`, async () => n);
      await memoByDataVersion('flags:1', everyRequest);
    }
    expect(everyRequest).toHaveBeenCalledTimes(1);
  });

  test('every span of a metric page is drawn from one read of its claims', async () => {
    const metric = found((await getMetricBySlug('gaza-killed')) ?? undefined, 'gaza-killed');
    const whole = await listChartClaims([metric.id]);
    for (const from of ['2025-01-01', '2025-03-09', '2025-03-11']) {
      await loadMetricChartData(metric, { from, to: null });
      expect(await listChartClaims([metric.id])).toBe(whole);
    }
    const zoomed = await loadMetricChartData(metric, { from: '2025-03-11', to: null });
    const drawn = zoomed.series.flatMap((series) => series.points.map((point) => point.claimId));
    expect(drawn.length).toBeLessThan(whole.length);
  });
});
