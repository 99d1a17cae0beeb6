import { expect, test } from '@playwright/test';
import {
  type LoggedQuery,
  bumpE2eDataVersion,
  openE2eDatabase,
  readQueryLog,
} from '@/tests/support/e2e-database';

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

const isDataVersionRead = (sql: string): boolean => /^select .* from "data_version"/i.test(sql);

test('every statement behind the pages and the API reads claims through an index', async ({
  request,
}) => {
  // The readiness probe and earlier specs may have warmed the body cache and the memos, which
  // would answer without a statement: a new data version makes every page query again.
  await bumpE2eDataVersion();
  const statements: LoggedQuery[] = [];
  for (const path of PAGES) {
    const before = readQueryLog().length;
    expect((await request.get(path)).ok(), path).toBe(true);
    const sent = readQueryLog().slice(before);
    expect(sent.filter(({ sql }) => !isDataVersionRead(sql)).length, path).toBeGreaterThan(0);
    statements.push(...sent);
  }

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
