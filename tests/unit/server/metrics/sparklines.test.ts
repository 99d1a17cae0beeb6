import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { getMetricBySlug } from '@/lib/server/metrics/queries';
import { listSparklines } from '@/lib/server/metrics/sparklines';
import { seedIfEmpty } from '@/lib/server/seed';
import { createTestClaims, migrateTestDatabase } from '@/tests/support/test-database';
import { fullTableScans, queryPlan, recordStatements } from '@/tests/support/query-plan';

let serial = 0;
const claim = (metric: string, as_of: string, value: number, fields: Record<string, string>) => ({
  metric,
  as_of,
  value: String(value),
  url: `https://example.org/report/${(serial += 1)}`,
  title: 'Report',
  ...fields,
});
const syrianMoh = { claimant: 'Syrian Ministry of Health', claimant_kind: 'ministry' };
const gazaMoh = { claimant: 'Gaza Ministry of Health', claimant_kind: 'ministry' };
const unattributed = { attribution: 'unattributed' };
const newMetric = (slug: string) => ({ metric_name: slug, topic: 'gaza-war' });
const day = (n: number) => new Date(Date.UTC(2025, 0, n)).toISOString().slice(0, 10);

// The seed gives each Syrian coast metric one SOHR figure of 2025-03-09, and gaza-killed one
// unattributed figure of 2025-03-10.
beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
  await createTestClaims([
    claim('syria-coast-killed', '2025-03-08', 900, syrianMoh),
    claim('syria-coast-killed', '2025-03-10', 1100, syrianMoh),
    claim('syria-coast-civilians-killed', '2025-03-12', 800, { ...syrianMoh, status: 'retracted' }),
    // 70 daily figures, 1 January to 11 March 2025, against the seed's one.
    ...Array.from({ length: 70 }, (_, i) => claim('gaza-killed', day(i + 1), 40000 + i, gazaMoh)),
    claim('gaza-injured', '2025-03-01', 100, { ...unattributed, ...newMetric('gaza-injured') }),
    claim('gaza-injured', '2025-03-03', 150, gazaMoh),
    claim('gaza-injured', '2025-03-05', 200, unattributed),
    ...Array.from({ length: 65 }, (_, i) =>
      claim('gaza-ties', '2025-02-01', i + 1, {
        ...gazaMoh,
        ...(i === 0 ? newMetric('gaza-ties') : {}),
      }),
    ),
    // A long series whose newest figure is one stray unattributed toll.
    ...Array.from({ length: 5 }, (_, i) =>
      claim('gaza-stray', day(i + 1), 10 + i, { ...gazaMoh, ...newMetric('gaza-stray') }),
    ),
    claim('gaza-stray', '2025-03-01', 99, unattributed),
    claim('gaza-withdrawn', '2025-02-01', 5, {
      ...gazaMoh,
      ...newMetric('gaza-withdrawn'),
      status: 'retracted',
    }),
  ]);
});

async function metricId(slug: string): Promise<number> {
  const metric = await getMetricBySlug(slug);
  if (!metric) throw new Error(`no metric ${slug}`);
  return metric.id;
}

const values = (points: { value: number }[] | undefined) => points?.map((p) => p.value);

describe('listSparklines', () => {
  test('follows the claimant with the most figures, oldest figure first', async () => {
    const id = await metricId('syria-coast-killed');
    expect((await listSparklines([id])).get(id)).toEqual({
      claimant: 'Syrian Ministry of Health',
      points: [
        { asOf: '2025-03-08', value: 900 },
        { asOf: '2025-03-10', value: 1100 },
      ],
    });
  });

  test('ignores a newer retracted figure', async () => {
    const id = await metricId('syria-coast-civilians-killed');
    expect((await listSparklines([id])).get(id)).toEqual({
      claimant: 'Syrian Observatory for Human Rights',
      points: [{ asOf: '2025-03-09', value: 745 }],
    });
  });

  test('keeps the last 60 figures of a longer series', async () => {
    const id = await metricId('gaza-killed');
    const series = (await listSparklines([id])).get(id);
    expect(series?.claimant).toBe('Gaza Ministry of Health');
    expect(series?.points).toHaveLength(60);
    expect(series?.points[0]).toEqual({ asOf: '2025-01-11', value: 40010 });
    expect(series?.points.at(-1)).toEqual({ asOf: '2025-03-11', value: 40069 });
  });

  test('treats unattributed figures as one series, which leads when it has the most', async () => {
    const id = await metricId('gaza-injured');
    const series = (await listSparklines([id])).get(id);
    expect(series?.claimant).toBeNull();
    expect(values(series?.points)).toEqual([100, 200]);
  });

  test('does not let one newer stray figure stand for a longer series', async () => {
    const id = await metricId('gaza-stray');
    const series = (await listSparklines([id])).get(id);
    expect(series?.claimant).toBe('Gaza Ministry of Health');
    expect(values(series?.points)).toEqual([10, 11, 12, 13, 14]);
  });

  test('keeps exactly 60 figures, the last entered, when many share the cutoff day', async () => {
    const id = await metricId('gaza-ties');
    const series = (await listSparklines([id])).get(id);
    expect(values(series?.points)).toEqual(Array.from({ length: 60 }, (_, i) => i + 6));
  });

  test('leaves out metrics with no active figure and ids that name no metric', async () => {
    const ids = [await metricId('gaza-withdrawn'), 999_999];
    expect((await listSparklines(ids)).size).toBe(0);
  });

  test('asks nothing of the database for no metrics', async () => {
    const statements = await recordStatements(async () => {
      expect((await listSparklines([])).size).toBe(0);
    });
    expect(statements).toEqual([]);
  });

  test('serves every metric in one query that seeks indexes and scans no table', async () => {
    const slugs = [
      'syria-coast-killed',
      'syria-coast-civilians-killed',
      'gaza-killed',
      'gaza-injured',
    ];
    const ids = await Promise.all(slugs.map(metricId));
    let found = 0;
    const statements = await recordStatements(async () => {
      found = (await listSparklines(ids)).size;
    });
    expect(found).toBe(4);
    const [statement] = statements;
    expect(statements).toHaveLength(1);
    if (!statement) return;
    const plan = await queryPlan(statement);
    expect(fullTableScans(plan)).toEqual([]);
    expect(plan.join('\n')).toContain('claims_metric_status_asof_idx');
    expect(plan.join('\n')).toContain('claims_metric_claimant_asof_idx');
  });
});
