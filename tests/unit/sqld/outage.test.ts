// The server goes away while Tally runs: writes fail whole, and the same client recovers.
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '@/db/client';
import { claims, topics } from '@/db/schema';
import type { ClaimInput } from '@/lib/claims/input/claim-input';
import {
  HOOK_TIMEOUT,
  type TestServer,
  startTestPrimary,
  tempDir,
} from '@/tests/support/sqld-servers';

const actor = { editorId: null };
const dir = tempDir();
let server: TestServer;
let db: Database;

beforeAll(async () => {
  server = await startTestPrimary(dir);
  process.env.DATABASE_URL = server.url;
  ({ db } = await import('@/db/client'));
  await (await import('@/db/migrate')).migrateDatabase(db);
  await (await import('@/lib/server/seed')).seedIfEmpty(db);
}, HOOK_TIMEOUT);
afterAll(() => server?.stop(), HOOK_TIMEOUT);

const claimCount = async (on: Database): Promise<number> => {
  const [row] = await on.select({ n: count() }).from(claims);
  return row?.n ?? Number.NaN;
};

async function input(value: number, day: number): Promise<ClaimInput> {
  const { ClaimInput } = await import('@/lib/claims/input/claim-input');
  return ClaimInput.parse({
    metric: 'gaza-killed',
    value: String(value),
    as_of: `2025-07-${String(day).padStart(2, '0')}`,
    attribution: 'unattributed',
    title: `Outage test ${day}`,
  });
}

/** An error's message with its causes': drizzle wraps the client's error in its own. */
function messages(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause === undefined ? error.message : `${error.message} ← ${messages(error.cause)}`;
}

/** How a promise settles, and how long it took. */
async function settle(work: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const start = Date.now();
  const error = await work.then(
    () => null,
    (reason: unknown) => reason,
  );
  return { error, ms: Date.now() - start };
}

describe('a server that stops while the app runs', () => {
  test('fails writes and reads promptly, writes nothing, and the same client works after a restart', async () => {
    const { createClaims } = await import('@/lib/server/claims/mutations');
    const { listMetrics } = await import('@/lib/server/metrics/queries');
    const before = await claimCount(db);
    await server.stop();

    const write = await settle(createClaims([await input(70001, 1)], actor));
    expect(messages(write.error)).toMatch(
      /cannot reach the database server at http:.*ECONNREFUSED/,
    );
    expect(write.ms).toBeLessThan(5_000);
    expect((await settle(listMetrics())).error).toBeInstanceOf(Error);

    server = await server.restart();
    expect(await claimCount(db)).toBe(before);
    const [outcome] = await createClaims([await input(70002, 2)], actor);
    expect(outcome?.status).toBe('inserted');
    expect(await claimCount(db)).toBe(before + 1);
  });

  test('a transaction cut off by the stop leaves nothing behind', async () => {
    const cutOff = db.transaction(async (tx) => {
      await tx.insert(topics).values({ slug: 'half-written', title: 'Half written' });
      await server.stop();
      await tx.insert(topics).values({ slug: 'never-written', title: 'Never written' });
    });
    expect((await settle(cutOff)).error).toBeInstanceOf(Error);
    server = await server.restart();
    expect(await db.select().from(topics).where(eq(topics.slug, 'half-written'))).toEqual([]);
  });
});

describe('an embedded replica whose primary stops', () => {
  test('keeps serving its local copy, refuses writes, and catches up after a restart', async () => {
    const { openDatabase } = await import('@/db/client');
    const { writeClaims } = await import('@/lib/server/claims/mutations');
    const url = `file:${path.join(dir, 'embedded.db')}`;
    const replica = openDatabase({ url, syncUrl: server.url, syncInterval: 0 }).db;
    const before = await claimCount(replica);
    await server.stop();

    expect(await claimCount(replica)).toBe(before);
    const claim = await input(70003, 3);
    const write = await settle(replica.transaction((tx) => writeClaims(tx, [claim], actor)));
    expect(write.error).toBeInstanceOf(Error);
    expect(write.ms).toBeLessThan(5_000);

    server = await server.restart();
    await replica.transaction((tx) => writeClaims(tx, [claim], actor));
    expect(await claimCount(replica)).toBe(before + 1);
    expect(await claimCount(db)).toBe(before + 1);
  });
});
