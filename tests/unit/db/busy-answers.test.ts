// Past DATABASE_BUSY_TIMEOUT_MS each door says plainly that the database was busy, and writes
// nothing: the API 503 `database_busy`, the CLI exit 2 in one line, a form its message. Readers
// are answered all the while.
import { spawn } from 'node:child_process';
import { type Client, createClient } from '@libsql/client';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_BUSY_TIMEOUT_MS = '600';
});

import { POST } from '@/app/api/claims/route';
import { GET as listMetrics } from '@/app/api/metrics/route';
import { db } from '@/db/client';
import { claims } from '@/db/schema';
import { DATABASE_BUSY_MESSAGE, DatabaseBusy, busyFormState } from '@/lib/errors';
import { createEditor, issueApiToken } from '@/lib/server/auth/editors';
import { seedIfEmpty } from '@/lib/server/seed';
import { migrateTestDatabase } from '@/tests/support/test-database';

const url = process.env.DATABASE_URL ?? '';
let other: Client;
let token: string;

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
  await createEditor('busy@tally.test', 'a long enough password');
  token = (await issueApiToken('busy@tally.test')) ?? '';
  other = createClient({ url });
});
afterAll(() => other.close());

const claimCount = async () => (await db.select({ n: count() }).from(claims))[0]?.n;

const post = (value: string) =>
  POST(
    new Request('http://tally.test/api/claims', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        metric: 'gaza-killed',
        value,
        as_of: '2025-06-02',
        attribution: 'unattributed',
        title: `Busy test ${value}`,
      }),
    }),
  );

/** Runs `tally ARGS` on this file's database, as `npm run tally` does. */
function tally(args: string[]): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'lib/cli/main.ts', ...args],
    {
      env: { ...process.env, DATABASE_URL: url, DATABASE_BUSY_TIMEOUT_MS: '1000' },
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stderr })));
}

describe('a database held by another writer past DATABASE_BUSY_TIMEOUT_MS', () => {
  test('POST /api/claims answers 503 database_busy and writes nothing; reads answer meanwhile', async () => {
    const before = await claimCount();
    const held = await other.transaction('write');
    try {
      const refused = await post('70001');
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(await refused.json()).toEqual({
        error: 'database_busy',
        message: DATABASE_BUSY_MESSAGE,
        retry_after: 1,
      });
      expect((await listMetrics(new Request('http://tally.test/api/metrics'))).status).toBe(200);
    } finally {
      await held.rollback();
    }
    expect(await claimCount()).toBe(before);
    expect((await post('70001')).status).toBe(201);
  });

  test('the CLI exits 2 with one line saying the database was busy, writing nothing', async () => {
    const before = await claimCount();
    const held = await other.transaction('write');
    const run = await tally(['import', 'tests/fixtures/import/gaza-first90.csv']).finally(() =>
      held.rollback(),
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^tally: the database was busy: .*DATABASE_BUSY_TIMEOUT_MS \(1000 ms\)/,
    );
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(await claimCount()).toBe(before);
  }, 60_000);

  test('a form shows the busy message and keeps what was typed', () => {
    const wrapped = new Error('Failed query', { cause: new DatabaseBusy(600) });
    expect(busyFormState(wrapped, { value: '12' })).toEqual({
      status: 'failed',
      message: DATABASE_BUSY_MESSAGE,
      values: { value: '12' },
    });
    expect(busyFormState(new Error('other'), {})).toBeNull();
  });
});
