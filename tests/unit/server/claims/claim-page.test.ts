import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { claimRevisions, claims } from '@/db/schema';
import { getClaimPage } from '@/lib/server/claims/claim-page';
import { getClaim } from '@/lib/server/claims/queries';
import { seedIfEmpty } from '@/lib/server/seed';
import { createTestClaims, migrateTestDatabase } from '@/tests/support/test-database';

// Seed ids, in SEED_CLAIMS order.
const SYRIA_TOTAL = 1;
const GAZA_TOTAL = 5;

const figure = (
  metric: string,
  value: string,
  as_of: string,
  claimant: string | null,
  extra: Record<string, string> = {},
) => ({
  metric,
  value,
  as_of,
  ...(claimant ? { claimant, claimant_kind: 'ngo' } : { attribution: 'unattributed' as const }),
  url: `https://example.org/${metric}/${as_of}/${claimant ?? 'none'}/${value}`,
  title: `Report of ${as_of}`,
  ...extra,
});

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
  await createTestClaims([
    figure('syria-coast-killed', '803', '2025-03-10', 'Syrian Network for Human Rights'),
    figure('syria-coast-killed', '1100', '2025-03-12', 'Newswire tally', { qualifier: 'about' }),
    figure('syria-coast-killed', '1500', '2025-03-16', 'Local Coordination Committees'),
    figure('syria-coast-killed', '1300', '2025-03-08', null, { qualifier: 'at_least' }),
    // Excluded: eight days later, the same claimant, another metric, a retracted figure.
    figure('syria-coast-killed', '1600', '2025-03-17', 'Syrian Network for Human Rights'),
    figure('syria-coast-killed', '1200', '2025-03-11', 'sohr'),
    figure('syria-coast-civilians-killed', '800', '2025-03-09', 'Newswire tally'),
    figure('syria-coast-killed', '900', '2025-03-09', 'Newswire tally', { status: 'retracted' }),
    // Around the unattributed Gaza toll: another unattributed figure, and a named one.
    figure('gaza-killed', '48500', '2025-03-11', null),
    figure('gaza-killed', '48503', '2025-03-10', 'Gaza Ministry of Health'),
  ]);
});

describe('getClaimPage', () => {
  test("lists other claimants' active figures within seven days, each compared", async () => {
    const page = await getClaimPage(SYRIA_TOTAL);
    expect(page?.nearby.map((n) => [n.claim.as_of, n.claim.value, n.comparison])).toEqual([
      ['2025-03-08', 1300, 'agrees'],
      ['2025-03-10', 803, 'lower'],
      ['2025-03-12', 1100, 'overlaps'],
      ['2025-03-16', 1500, 'agrees'],
    ]);
  });

  test('beside an unattributed figure, lists named claimants but not other unattributed ones', async () => {
    const page = await getClaimPage(GAZA_TOTAL);
    expect(page?.nearby.map((n) => [n.claim.claimant, n.claim.value, n.comparison])).toEqual([
      ['Gaza Ministry of Health', 48503, 'agrees'],
    ]);
  });

  test('says when the claim was entered, and that the seed entered it as no editor', async () => {
    const before = Date.now();
    const page = await getClaimPage(SYRIA_TOTAL);
    expect(page?.enteredBy).toBeNull();
    const enteredAt = Date.parse(page?.enteredAt ?? '');
    expect(enteredAt).toBeGreaterThan(before - 60_000);
    expect(enteredAt).toBeLessThanOrEqual(before);
  });

  test('keeps a retracted claim, with every revision in order and its reason', async () => {
    const claim = await getClaim(2);
    if (!claim) throw new Error('seed claim 2 missing');
    const edited = { ...claim, value: 750 };
    const retracted = { ...edited, status: 'retracted' };
    await db.update(claims).set({ value: 750, status: 'retracted' }).where(eq(claims.id, 2));
    await db.insert(claimRevisions).values([
      { claimId: 2, action: 'edit', snapshot: edited, editorId: null, reason: 'Typo' },
      { claimId: 2, action: 'retract', snapshot: retracted, reason: 'Monitor withdrew it' },
    ]);
    const page = await getClaimPage(2);
    expect(page?.claim).toMatchObject({ value: 750, status: 'retracted' });
    expect(page?.revisions.map((r) => [r.action, r.reason, r.snapshot.value])).toEqual([
      ['create', null, 745],
      ['edit', 'Typo', 750],
      ['retract', 'Monitor withdrew it', 750],
    ]);
  });

  test('is null for an unknown claim', async () => {
    expect(await getClaimPage(9999)).toBeNull();
  });
});
