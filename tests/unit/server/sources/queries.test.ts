import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { sources } from '@/db/schema';
import { seedIfEmpty } from '@/lib/server/seed';
import { getSourceBySlug, listSourceClaimsByMetric } from '@/lib/server/sources/queries';
import { createTestClaims, migrateTestDatabase } from '@/tests/support/test-database';
import { fullTableScans, queryPlan, recordStatements } from '@/tests/support/query-plan';

const sohrClaim = (fields: Record<string, string>) => ({
  claimant: 'sohr',
  attribution: 'reported',
  url: `https://example.org/sohr/${fields.metric}/${fields.as_of}/${fields.value}`,
  title: 'SOHR update',
  ...fields,
});

// The seed gives SOHR one figure on each of the four Syrian coast metrics, on 2025-03-09.
beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
  await createTestClaims([
    {
      metric: 'gaza-killed',
      value: '48500',
      as_of: '2025-03-11',
      claimant: 'Reuters',
      claimant_kind: 'media',
      url: 'https://example.org/reuters/gaza',
      title: 'Gaza toll',
    },
    sohrClaim({
      metric: 'syria-coast-killed',
      value: '1300',
      qualifier: 'more_than',
      as_of: '2025-03-11',
      via: 'reuters',
    }),
    sohrClaim({
      metric: 'syria-coast-killed',
      value: '2000',
      as_of: '2025-03-12',
      via: 'Reuters',
      status: 'retracted',
    }),
    sohrClaim({ metric: 'gaza-killed', value: '48000', qualifier: 'about', as_of: '2025-03-09' }),
    sohrClaim({
      metric: 'syria-coast-displaced',
      metric_name: 'Households displaced',
      topic: 'syria-coast-2025',
      unit: 'households',
      value: '500',
      as_of: '2025-03-10',
      status: 'retracted',
    }),
  ]);
  await db.insert(sources).values({
    slug: 'quiet',
    name: 'Quiet Monitor',
    kind: 'ngo',
    url: 'https://quiet.example.org/',
    description: 'Has said nothing yet',
  });
});

async function sourceId(slug: string): Promise<number> {
  const source = await getSourceBySlug(slug);
  if (!source) throw new Error(`no source ${slug}`);
  return source.id;
}

describe('getSourceBySlug', () => {
  test('returns who the source is', async () => {
    expect(await getSourceBySlug('quiet')).toEqual({
      id: expect.any(Number),
      slug: 'quiet',
      name: 'Quiet Monitor',
      kind: 'ngo',
      url: 'https://quiet.example.org/',
      description: 'Has said nothing yet',
      aliases: [],
      relayed: 0,
    });
  });

  test('counts the active claims it relayed for others, not the retracted ones', async () => {
    expect(await getSourceBySlug('reuters')).toMatchObject({ name: 'Reuters', relayed: 1 });
    expect(await getSourceBySlug('sohr')).toMatchObject({ relayed: 0 });
  });

  test('returns null for an unknown slug', async () => {
    expect(await getSourceBySlug('nobody')).toBeNull();
  });
});

describe('listSourceClaimsByMetric', () => {
  test('counts active and retracted claims, in total and per metric, by topic then metric name', async () => {
    const { active, retracted, metrics } = await listSourceClaimsByMetric(await sourceId('sohr'));
    expect({ active, retracted }).toEqual({ active: 6, retracted: 2 });
    expect(metrics.map((m) => [m.topic.title, m.name, m.active, m.retracted])).toEqual([
      ['Gaza war', 'People killed', 1, 0],
      ['Violence on the Syrian coast, March 2025', 'Civilians killed', 1, 0],
      ['Violence on the Syrian coast, March 2025', 'Households displaced', 0, 1],
      ['Violence on the Syrian coast, March 2025', 'Opposition fighters killed', 1, 0],
      ['Violence on the Syrian coast, March 2025', 'People killed', 2, 1],
      ['Violence on the Syrian coast, March 2025', 'Security forces killed', 1, 0],
    ]);
  });

  test("gives each metric's newest active figure, skipping a newer retracted one", async () => {
    const { metrics } = await listSourceClaimsByMetric(await sourceId('sohr'));
    const killed = metrics.find((m) => m.slug === 'syria-coast-killed');
    expect(killed).toMatchObject({
      unit: 'people',
      topic: { slug: 'syria-coast-2025' },
      latest: { id: expect.any(Number), value: 1300, qualifier: 'more_than', asOf: '2025-03-11' },
    });
    const displaced = metrics.find((m) => m.slug === 'syria-coast-displaced');
    expect(displaced).toMatchObject({ unit: 'households', latest: null });
  });

  test('is empty for a source that made no claims', async () => {
    expect(await listSourceClaimsByMetric(await sourceId('quiet'))).toEqual({
      active: 0,
      retracted: 0,
      metrics: [],
    });
  });
});

test('each query seeks an index and reads no table end to end', async () => {
  const statements = await recordStatements(async () => {
    await listSourceClaimsByMetric(await sourceId('sohr'));
  });
  // The source by what its slug means (lib/server/sources/match.ts), its row, its aliases, its claims.
  expect(statements).toHaveLength(4);
  for (const statement of statements) {
    const plan = await queryPlan(statement);
    expect(fullTableScans(plan)).toEqual([]);
  }
  const plans = (await Promise.all(statements.map(queryPlan))).flat().join('\n');
  expect(plans).toContain('sources_slug_unique');
  expect(plans).toContain('claim_appearances_via_idx');
  expect(plans).toContain('claims_claimant_idx');
});
