// Many writers on one file database, in one process and against another connection that holds the
// write lock as another process would: none fails for a lock, and past the busy timeout a write
// gives up whole (DatabaseBusy), leaving the client able to write again.
import { setTimeout as sleep } from 'node:timers/promises';
import { type Client, createClient } from '@libsql/client';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Database, db, openDatabase } from '@/db/client';
import { claimRevisions, claims, topics } from '@/db/schema';
import { isDatabaseBusy } from '@/lib/errors';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { writeClaims } from '@/lib/server/claims/mutations';
import { seedIfEmpty } from '@/lib/server/seed';
import { SYSTEM_ACTOR } from '@/lib/server/history/revisions';
import { createTestClaims, migrateTestDatabase } from '@/tests/support/test-database';

const url = process.env.DATABASE_URL ?? '';
// Another connection to the same file, without Tally's waiting: it stands for another process.
let other: Client;

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
  other = createClient({ url });
});
afterAll(() => other.close());

let next = 0;
/** A figure no other write gives: unattributed figures are never one claim. */
const figure = () => {
  next += 1;
  return {
    metric: 'gaza-killed',
    value: String(60_000 + next),
    as_of: '2025-06-01',
    attribution: 'unattributed',
    title: `Writer ${next}`,
  };
};

const counts = async (on: Database = db) => {
  const [claimRow] = await on.select({ n: count() }).from(claims);
  const [revisionRow] = await on.select({ n: count() }).from(claimRevisions);
  return { claims: claimRow?.n ?? Number.NaN, revisions: revisionRow?.n ?? Number.NaN };
};

/** How a promise settles: its error (null when it resolved) and how long it took. */
async function settle(work: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const start = Date.now();
  const error = await work.then(
    () => null,
    (reason: unknown) => reason,
  );
  return { error, ms: Date.now() - start };
}

describe('writers on one file database', () => {
  test('is in WAL mode once migrated', async () => {
    const [mode] = await db.all<{ journal_mode: string }>(sql`PRAGMA journal_mode`);
    expect(mode?.journal_mode).toBe('wal');
  });

  test('sixty writers at once in one process all commit, and nothing is lost', async () => {
    const before = await counts();
    const writes = Array.from({ length: 40 }, () => createTestClaims([figure()]));
    const autocommits = Array.from({ length: 20 }, (_, i) =>
      db.insert(topics).values({ slug: `writers-${i}`, title: `Writers ${i}` }),
    );
    await Promise.all([...writes, ...autocommits]);
    expect(await counts()).toEqual({
      claims: before.claims + 40,
      revisions: before.revisions + 40,
    });
    const [made] = await db
      .select({ n: count() })
      .from(topics)
      .where(sql`${topics.slug} LIKE 'writers-%'`);
    expect(made?.n).toBe(20);
  });

  test('a write waits while another connection holds the write lock, then commits', async () => {
    const before = await counts();
    const held = await other.transaction('write');
    const write = settle(createTestClaims([figure()]));
    // Readers are not held up meanwhile: WAL lets them read the last committed state.
    expect(await counts()).toEqual(before);
    await sleep(400);
    await held.commit();
    const { error, ms } = await write;
    expect(error).toBeNull();
    expect(ms).toBeGreaterThanOrEqual(350);
    expect(await counts()).toEqual({ claims: before.claims + 1, revisions: before.revisions + 1 });
  });

  test('a transaction holds the write lock from its first statement (BEGIN IMMEDIATE)', async () => {
    let inside: () => void = () => {};
    const started = new Promise<void>((resolve) => (inside = resolve));
    const transaction = db.transaction(async (tx) => {
      await tx.select({ n: count() }).from(claims);
      inside();
      await sleep(300);
      await tx.insert(topics).values({ slug: 'immediate', title: 'Immediate' });
    });
    await started;
    // A deferred transaction would still let this write in, and then fail its own write
    // (SQLITE_BUSY_SNAPSHOT), which no waiting can cure.
    const intruder = await settle(
      other.execute("INSERT INTO topics (slug, title) VALUES ('intruder', 'Intruder')"),
    );
    expect(String(intruder.error)).toMatch(/SQLITE_BUSY/);
    await transaction;
    const slugs = await db.select({ slug: topics.slug }).from(topics);
    expect(slugs.map((row) => row.slug)).toContain('immediate');
  });

  test('past the busy timeout a write gives up whole, and the same client then writes again', async () => {
    const impatient = openDatabase({ url, busyTimeoutMs: 250 }).db;
    const before = await counts();
    const held = await other.transaction('write');
    const inTransaction = await settle(
      impatient.transaction((tx) => writeClaims(tx, [ClaimInput.parse(figure())], SYSTEM_ACTOR)),
    );
    const autocommit = await settle(
      impatient.insert(topics).values({ slug: 'too-late', title: 'Too late' }),
    );
    await held.rollback();
    for (const { error, ms } of [inTransaction, autocommit]) {
      expect(isDatabaseBusy(error)).toBe(true);
      expect(ms).toBeGreaterThanOrEqual(200);
    }
    expect(await counts()).toEqual(before);
    expect(await db.select().from(topics).where(eq(topics.slug, 'too-late'))).toEqual([]);

    // The connections that met the lock must not hold on to the failed statements: libsql's
    // driver would leave them in progress, so the next commit on them would fail, and a write
    // outside a transaction would be reported done but stay uncommitted.
    await impatient.insert(topics).values({ slug: 'after-busy', title: 'After busy' });
    await impatient.transaction((tx) =>
      writeClaims(tx, [ClaimInput.parse(figure())], SYSTEM_ACTOR),
    );
    const seen = await other.execute("SELECT count(*) AS n FROM topics WHERE slug = 'after-busy'");
    expect(Number(seen.rows[0]?.n)).toBe(1);
    expect(await counts()).toEqual({ claims: before.claims + 1, revisions: before.revisions + 1 });
  });

  test('the file stays sound', async () => {
    const [check] = await db.all<{ integrity_check: string }>(sql`PRAGMA integrity_check`);
    expect(check?.integrity_check).toBe('ok');
  });
});
