import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { claimAppearances, claims } from '@/db/schema';
import type { Flag } from '@/lib/claims/checks';
import { listAllFlags } from '@/lib/server/claims/all-flags';
import { mergeClaimInto } from '@/lib/server/claims/claim-merge';
import { flagsByClaimForMetric } from '@/lib/server/claims/metric-flags';
import { bumpDataVersion } from '@/lib/server/data-version';
import { SYSTEM_ACTOR } from '@/lib/server/history/revisions';
import { getMetricBySlug } from '@/lib/server/metrics/queries';
import { seedIfEmpty } from '@/lib/server/seed';
import { recordStatements } from '@/tests/support/query-plan';
import { createTestClaims, found, migrateTestDatabase } from '@/tests/support/test-database';

// A ministry's daily death toll, as three documents gave it.
const DAILY = {
  topic: 'gaza-war',
  metric: 'e2e-toll',
  metric_name: 'Toll',
  metric_kind: 'cumulative',
  claimant: 'Gaza Ministry of Health',
  claimant_kind: 'ministry',
  as_of: '2025-03-12',
};
const BULLETIN = { url: 'https://example.org/moh/bulletin', title: 'Ministry bulletin' };
const WIRE = { url: 'https://example.org/wire', title: 'Wire story' };

let ids: { bulletin: number; wire: number; duplicate: number };

/** The ids of a list of created claims, in order. */
const created = async (raw: Record<string, string>[]) =>
  (await createTestClaims(raw)).map((outcome) => outcome.id);

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
  const [bulletin, wire] = await created([
    { ...DAILY, ...BULLETIN, value: '48,503', quote: 'The toll rose to 48,503.' },
    { ...DAILY, ...WIRE, value: '48,530', quote: 'The toll rose to 48,530.' },
    // The wire story also carried the bulletin's figure: an appearance of the bulletin's claim.
    { ...DAILY, ...WIRE, value: '48,503', quote: 'Earlier, 48,503.' },
  ]);
  ids = { bulletin: found(bulletin, 'bulletin'), wire: found(wire, 'wire'), duplicate: 0 };
  // A copy of the bulletin's claim written around the writer, as a replica or an old version could.
  const [original] = await db.select().from(claims).where(eq(claims.id, ids.bulletin));
  const { id: _id, ...copy } = found(original, 'bulletin claim');
  const [duplicate] = await db.insert(claims).values(copy).returning({ id: claims.id });
  ids.duplicate = found(duplicate, 'duplicate').id;
  await db.insert(claimAppearances).values({ claimId: ids.duplicate, documentId: copy.documentId });
  await bumpDataVersion(db);
});

const checksOf = (flags: Flag[], check: string) =>
  flags.filter((flag) => flag.check === check).map((flag) => flag.claim_ids);

describe('listAllFlags: duplicates and conflicts', () => {
  test('finds the copy, and the two figures the wire story gave', async () => {
    const flags = await listAllFlags();
    expect(checksOf(flags, 'duplicate')).toEqual([[ids.bulletin, ids.duplicate]]);
    // 48,530 is the wire's first figure; 48,503 appeared there only as a second appearance.
    expect(checksOf(flags, 'conflict')).toEqual([[ids.bulletin, ids.wire]]);
    // The copy, entered last, also reads as the toll falling back from the wire's 48,530.
    expect(checksOf(flags, 'cumulative_fall')).toEqual([[ids.wire, ids.duplicate]]);
    expect(flags.find((flag) => flag.check === 'conflict')?.message).toMatch(/^In ‘Wire story’/);
  });

  test("a metric's page raises the same flags on its claims", async () => {
    const metric = found((await getMetricBySlug('e2e-toll')) ?? undefined, 'metric');
    const byClaim = await flagsByClaimForMetric(metric);
    const checks = (id: number) => byClaim.get(id)?.map((flag) => flag.check);
    expect(checks(ids.bulletin)).toEqual(['conflict', 'duplicate']);
    expect(checks(ids.wire)).toEqual(['cumulative_fall', 'conflict']);
    expect(checks(ids.duplicate)).toEqual(['cumulative_fall', 'duplicate']);
  });

  test('reads appearances once, and only of the claims that share claimant and day', async () => {
    const statements = await recordStatements(listAllFlags);
    const reads = statements.flatMap((statement) =>
      typeof statement !== 'string' && /from "claim_appearances"/.test(statement.sql)
        ? [statement.args]
        : [],
    );
    // Not the seed's figures, which share no claimant and day with another.
    expect(reads).toEqual([[ids.bulletin, ids.wire, ids.duplicate]]);
  });

  test('a metric whose claimants give one figure a day costs no read of appearances', async () => {
    const metric = found((await getMetricBySlug('syria-coast-killed')) ?? undefined, 'metric');
    const statements = await recordStatements(() => flagsByClaimForMetric(metric));
    const sql = statements.map((s) => (typeof s === 'string' ? s : s.sql));
    expect(sql.some((text) => /from "claims"/.test(text))).toBe(true);
    expect(sql.filter((text) => /from "claim_appearances"/.test(text))).toEqual([]);
  });

  test('a merged claim is no longer a duplicate nor a conflict', async () => {
    await db.transaction(async (tx) => {
      await mergeClaimInto(tx, ids.duplicate, ids.bulletin, SYSTEM_ACTOR, 'stored twice');
      await bumpDataVersion(tx);
    });
    const flags = await listAllFlags();
    expect(checksOf(flags, 'duplicate')).toEqual([]);
    expect(checksOf(flags, 'cumulative_fall')).toEqual([]);
    expect(checksOf(flags, 'conflict')).toEqual([[ids.bulletin, ids.wire]]);
  });
});
