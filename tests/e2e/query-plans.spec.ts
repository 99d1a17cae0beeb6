import { expect, test } from '@playwright/test';
import { openE2eDatabase, readQueryLog } from '@/tests/support/e2e-database';

const PAGES = [
  '/',
  '/metrics/syria-coast-killed',
  '/metrics/gaza-killed?sort=asc&claimant=sohr',
  '/claims/1',
  '/sources/sohr',
  '/api/metrics',
  '/api/metrics/gaza-killed/claims?from=2025-01-01&limit=2',
  '/api/claims/1',
  '/api/export.csv',
];

test('every statement behind the pages and the API reads claims through an index', async ({
  request,
}) => {
  const before = readQueryLog().length;
  for (const path of PAGES) expect((await request.get(path)).ok(), path).toBe(true);
  const statements = readQueryLog().slice(before);
  expect(statements.length).toBeGreaterThan(PAGES.length);

  const db = openE2eDatabase();
  const fullScans: string[] = [];
  for (const { sql, params } of statements) {
    const plan = await db.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: params as never[] });
    for (const row of plan.rows) {
      // "SCAN claims" reads the whole table, and "SCAN claims USING INDEX" the whole index.
      if (/^SCAN (claims|claim_revisions)\b/.test(String(row.detail)))
        fullScans.push(`${row.detail} ← ${sql}`);
    }
  }
  db.close();
  expect(fullScans).toEqual([]);
});
