// Tally on libSQL's own server: the same lib code as on a file, through DATABASE_URL=http://…
import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '@/db/client';
import { claimRevisions, claims, metrics } from '@/db/schema';
import { HOOK_TIMEOUT, type TestServer, startTestPrimary } from '@/tests/support/sqld-servers';

const GAZA = 'tests/fixtures/import/gaza-first90.csv';
const actor = { editorId: null };
const request = (path: string) => new Request(`http://tally.test${path}`);
const params = <T extends object>(value: T) => ({ params: Promise.resolve(value) });

let server: TestServer;
let db: Database;

beforeAll(async () => {
  server = await startTestPrimary();
  // Before the first import of db/client.ts, which opens DATABASE_URL once per process.
  process.env.DATABASE_URL = server.url;
  ({ db } = await import('@/db/client'));
  await (await import('@/db/migrate')).migrateDatabase(db);
}, HOOK_TIMEOUT);
afterAll(() => server?.stop(), HOOK_TIMEOUT);

async function claimCount(): Promise<number> {
  const [row] = await db.select({ n: count() }).from(claims);
  return row?.n ?? Number.NaN;
}

const toll = (day: number, value: number) => ({
  metric: 'gaza-killed',
  value: String(value),
  as_of: `2025-05-${String(day).padStart(2, '0')}`,
  claimant: 'Gaza Ministry of Health',
  claimant_kind: 'ministry',
  url: `https://example.org/moh/2025-05-${day}`,
  title: `Daily report ${day}`,
});

async function createClaims(raw: Record<string, string>[]) {
  const { ClaimInput } = await import('@/lib/claims/input/claim-input');
  const mutations = await import('@/lib/server/claims/mutations');
  return mutations.createClaims(
    raw.map((row) => ClaimInput.parse(row)),
    actor,
  );
}

describe('Tally on a sqld primary over HTTP', () => {
  test('migrates idempotently and keeps foreign keys on', async () => {
    await (await import('@/db/migrate')).migrateDatabase(db);
    const [pragma] = await db.all<{ foreign_keys: number }>(sql`PRAGMA foreign_keys`);
    expect(pragma?.foreign_keys).toBe(1);
    const orphan = db.insert(metrics).values({ slug: 'orphan', topicId: 999_999, name: 'Orphan' });
    const failure: unknown = await orphan.then(
      () => null,
      (error: unknown) => error,
    );
    expect(String(failure instanceof Error ? failure.cause : failure)).toMatch(/FOREIGN KEY/);
  });

  test('seeds an empty database once, and serves the read API', async () => {
    const { seedIfEmpty } = await import('@/lib/server/seed');
    expect(await seedIfEmpty(db)).toBe(true);
    expect(await seedIfEmpty(db)).toBe(false);
    expect(await claimCount()).toBe(5);

    const { GET: listMetrics } = await import('@/app/api/metrics/route');
    const body = await (await listMetrics(request('/api/metrics'))).json();
    expect(body.metrics.map((m: { slug: string }) => m.slug)).toContain('gaza-killed');

    const { GET: listClaims } = await import('@/app/api/metrics/[slug]/claims/route');
    const page = await listClaims(
      request('/api/metrics/gaza-killed/claims'),
      params({ slug: 'gaza-killed' }),
    );
    expect(page.status).toBe(200);
    expect((await page.json()).claims.map((c: { value: number }) => c.value)).toEqual([48450]);
  });

  test('writes claims and their revisions in one transaction, or nothing', async () => {
    const before = await claimCount();
    const outcomes = await createClaims([toll(1, 52000), toll(2, 52100)]);
    expect(outcomes.map((o) => o.status)).toEqual(['inserted', 'inserted']);
    expect(await claimCount()).toBe(before + 2);
    const [revisions] = await db.select({ n: count() }).from(claimRevisions);
    expect(revisions?.n).toBe(before + 2);

    // The second row names a metric that does not exist: the first is not kept either.
    const bad = { ...toll(3, 52200), metric: 'no-such-metric' };
    await expect(createClaims([toll(4, 52300), bad])).rejects.toThrow(/metric/);
    expect(await claimCount()).toBe(before + 2);
    expect((await createClaims([toll(1, 52000)]))[0]?.status).toBe('present');
  });

  test('imports a file in batches, and importing it again inserts nothing', async () => {
    const { importFile } = await import('@/lib/server/import/import-file');
    const first = await importFile(GAZA, { actor });
    expect(first).toMatchObject({ rows: 264, inserted: 264, present: 0, rejected: [] });
    const again = await importFile(GAZA, { actor });
    expect(again).toMatchObject({ inserted: 0, present: 264 });
  });

  test('runs the checks and draws the sparklines', async () => {
    // A cumulative toll that falls: 52,100 on 2 May, then 40,000 on 9 May.
    await createClaims([toll(9, 40000)]);
    const { listAllFlags } = await import('@/lib/server/claims/all-flags');
    const falls = (await listAllFlags()).filter((f) => f.check === 'cumulative_fall');
    expect(falls.map((f) => f.dates)).toContainEqual(['2025-05-02', '2025-05-09']);

    const { listMetrics } = await import('@/lib/server/metrics/queries');
    const { listSparklines } = await import('@/lib/server/metrics/sparklines');
    const all = await listMetrics();
    const gaza = all.find((m) => m.slug === 'gaza-killed');
    const sparklines = await listSparklines(all.map((m) => m.id));
    const points = gaza ? sparklines.get(gaza.id)?.points : undefined;
    expect(points?.slice(-3).map((p) => [p.asOf, p.value])).toEqual([
      ['2025-05-01', 52000],
      ['2025-05-02', 52100],
      ['2025-05-09', 40000],
    ]);
  });
});
