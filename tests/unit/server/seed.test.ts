import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { claimRevisions, claims, documents, metrics, sources, topics } from '@/db/schema';
import { exportRows } from '@/lib/server/csv/export';
import { seedIfEmpty } from '@/lib/server/seed';
import { migrateTestDatabase } from '@/tests/support/test-database';

const SYRIA_QUOTE =
  "The death toll from the violence in northwestern Syria has risen to over 1,000 people in just two days, including 745 civilians, who were killed mostly execution-style, 125 militants belonging to the country’s Hay'at Tahrir al-Sham [HTS]-led regime, and nearly 150 members of opposition groups, the so-called Syrian Observatory for Human Rights, a UK-based monitor said on Sunday.";
const TITLE =
  'Iran Condemns Deadly Violence in Syria Against Minority Groups, Urges End to Massacre';

beforeAll(migrateTestDatabase);

describe('the seed', () => {
  test('seeds an empty database once, and never again', async () => {
    expect(await seedIfEmpty(db)).toBe(true);
    expect(await seedIfEmpty(db)).toBe(false);
    const [row] = await db.select({ n: count() }).from(claims);
    expect(row?.n).toBe(5);
    const [revisions] = await db.select({ n: count() }).from(claimRevisions);
    expect(revisions?.n).toBe(5);
    const [docs] = await db.select({ n: count() }).from(documents);
    expect(docs?.n).toBe(1);
  });

  test("holds DESIGN.md's seed table field by field", async () => {
    const rows = [];
    for await (const row of exportRows()) rows.push(row);
    const byMetric = Object.fromEntries(rows.map((r) => [r.metric, r]));
    const sohr = {
      topic: 'syria-coast-2025',
      claimant: 'Syrian Observatory for Human Rights',
      claimant_kind: 'monitor',
      claimant_description: 'UK-based monitor',
      attribution: 'reported',
      as_of: '2025-03-09',
      stated_on: '2025-03-09',
      via: null,
      quote: SYRIA_QUOTE,
      title: TITLE,
      byline: 'Staff, Agencies',
      published_on: '2025-03-10',
      url: null,
      status: 'active',
    };
    expect(byMetric['syria-coast-killed']).toMatchObject({
      ...sohr,
      value: 1000,
      qualifier: 'more_than',
      parent_metric: null,
    });
    expect(byMetric['syria-coast-civilians-killed']).toMatchObject({
      ...sohr,
      value: 745,
      qualifier: 'exact',
      parent_metric: 'syria-coast-killed',
    });
    expect(byMetric['syria-coast-security-forces-killed']).toMatchObject({
      ...sohr,
      value: 125,
      qualifier: 'exact',
      parent_metric: 'syria-coast-killed',
    });
    expect(byMetric['syria-coast-opposition-killed']).toMatchObject({
      ...sohr,
      value: 150,
      qualifier: 'nearly',
      parent_metric: 'syria-coast-killed',
    });
    expect(byMetric['gaza-killed']).toMatchObject({
      topic: 'gaza-war',
      metric_kind: 'cumulative',
      value: 48450,
      qualifier: 'at_least',
      claimant: null,
      attribution: 'unattributed',
      as_of: '2025-03-10',
      title: TITLE,
    });
    expect(byMetric['gaza-killed']?.quote).toContain(
      'at least 48,450 people, mostly women and children.',
    );
    for (const row of rows) expect(row.notes).toMatch(/inferred/);
    expect(byMetric['syria-coast-civilians-killed']?.notes).toMatch(/execution-style/);
    expect(byMetric['gaza-killed']?.notes).toMatch(/women and children/);
  });

  test('the monitor has the slug sohr, and the parts are partial', async () => {
    const [source] = await db.select().from(sources);
    expect(source).toMatchObject({ slug: 'sohr', kind: 'monitor' });
    const parts = await db.select().from(metrics);
    expect(parts.every((m) => m.isPartsComplete === false)).toBe(true);
    expect((await db.select().from(topics)).map((t) => t.slug).sort()).toEqual([
      'gaza-war',
      'syria-coast-2025',
    ]);
  });

  test('enforces foreign keys', async () => {
    await expect(
      db.insert(claims).values({ metricId: 9999, value: 1, asOf: '2025-01-01', documentId: 9999 }),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/FOREIGN KEY/) } });
  });
});
