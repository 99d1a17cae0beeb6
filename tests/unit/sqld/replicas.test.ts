// One primary, a read replica and an embedded replica: what one instance writes, another reads.
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '@/db/client';
import { claims, topics } from '@/db/schema';
import type { ClaimInput } from '@/lib/claims/input/claim-input';
import {
  type TestServer,
  eventually,
  startTestPrimary,
  startTestReplica,
  tempDir,
  HOOK_TIMEOUT,
} from '@/tests/support/sqld-servers';

const actor = { editorId: null };
let primary: TestServer;
let replica: TestServer;
/** Instance A: straight on the primary. */
let onPrimary: Database;
/** Instance B: on the read replica. */
let onReplica: Database;
/** This process's own database: an embedded replica of the primary, syncing every second. */
let embedded: Database;

beforeAll(async () => {
  const dir = tempDir();
  primary = await startTestPrimary(dir);
  replica = await startTestReplica(primary, dir);
  process.env.DATABASE_URL = `file:${path.join(dir, 'embedded.db')}`;
  process.env.DATABASE_SYNC_URL = primary.url;
  process.env.DATABASE_SYNC_INTERVAL = '1';
  const client = await import('@/db/client');
  embedded = client.db;
  onPrimary = client.openDatabase({ url: primary.url }).db;
  onReplica = client.openDatabase({ url: replica.url }).db;
  await (await import('@/db/migrate')).migrateDatabase(onPrimary);
  expect(await (await import('@/lib/server/seed')).seedIfEmpty(onPrimary)).toBe(true);
}, HOOK_TIMEOUT);
afterAll(async () => {
  await replica?.stop();
  await primary?.stop();
}, HOOK_TIMEOUT);

const claimCount = async (db: Database): Promise<number> => {
  const [row] = await db.select({ n: count() }).from(claims);
  return row?.n ?? Number.NaN;
};

async function input(value: number, day: number): Promise<ClaimInput> {
  const { ClaimInput } = await import('@/lib/claims/input/claim-input');
  return ClaimInput.parse({
    metric: 'gaza-killed',
    value: String(value),
    as_of: `2025-06-${String(day).padStart(2, '0')}`,
    attribution: 'unattributed',
    title: `Replication test ${day}`,
  });
}

/** Writes one claim through instance A, as its API would, in one transaction. */
async function writeOnPrimary(value: number, day: number): Promise<number> {
  const { writeClaims } = await import('@/lib/server/claims/mutations');
  const claim = await input(value, day);
  const [outcome] = await onPrimary.transaction((tx) => writeClaims(tx, [claim], actor));
  if (!outcome) throw new Error('writeClaims returned no outcome');
  return outcome.id;
}

const findClaim = (db: Database, id: number) =>
  db.select({ value: claims.value }).from(claims).where(eq(claims.id, id));

describe('a read replica (sqld --primary-grpc-url)', () => {
  test('shows a figure written through the primary', async () => {
    const id = await writeOnPrimary(60001, 1);
    const rows = await eventually(
      () => findClaim(onReplica, id),
      (found) => found.length === 1,
    );
    expect(rows).toEqual([{ value: 60001 }]);
  });

  test('forwards a write to the primary', async () => {
    await onReplica.insert(topics).values({ slug: 'via-replica', title: 'Written on the replica' });
    const rows = await onPrimary.select().from(topics).where(eq(topics.slug, 'via-replica'));
    expect(rows).toHaveLength(1);
  });
});

describe('an embedded replica (DATABASE_URL=file:…, DATABASE_SYNC_URL=the primary)', () => {
  test('syncs before its first read, so it never seeds a primary that has data', async () => {
    expect(await claimCount(embedded)).toBe(await claimCount(onPrimary));
    const { seedIfEmpty } = await import('@/lib/server/seed');
    expect(await seedIfEmpty(embedded)).toBe(false);
  });

  test('writes through to the primary and reads its own write at once', async () => {
    const { createClaims } = await import('@/lib/server/claims/mutations');
    const [outcome] = await createClaims([await input(60002, 2)], actor);
    expect(outcome?.status).toBe('inserted');
    const id = outcome?.id ?? 0;
    expect(await findClaim(onPrimary, id)).toEqual([{ value: 60002 }]);
    expect(await findClaim(embedded, id)).toEqual([{ value: 60002 }]);
  });

  test("receives other instances' writes at the next interval sync", async () => {
    const id = await writeOnPrimary(60003, 3);
    const rows = await eventually(
      () => findClaim(embedded, id),
      (found) => found.length === 1,
    );
    expect(rows).toEqual([{ value: 60003 }]);
  });
});
