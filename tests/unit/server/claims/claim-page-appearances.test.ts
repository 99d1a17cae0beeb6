import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { claimAppearances, claims, documents } from '@/db/schema';
import { mergeClaimInto } from '@/lib/server/claims/claim-merge';
import { getClaimPage } from '@/lib/server/claims/claim-page';
import { SYSTEM_ACTOR } from '@/lib/server/history/revisions';
import { seedIfEmpty } from '@/lib/server/seed';
import { createTestClaims, found, migrateTestDatabase } from '@/tests/support/test-database';

// The seed's 745 civilians (claim 2), from the monitor through the article of 10 March 2025.
const CIVILIANS = 2;
const civilians = {
  topic: 'syria-coast-2025',
  metric: 'syria-coast-civilians-killed',
  value: '745',
  as_of: '2025-03-09',
  period_start: '2025-03-08',
  period_end: '2025-03-09',
  claimant: 'sohr',
};

let merged: number;

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
  // The wire service as a source, so that it can relay the monitor's figure.
  await createTestClaims([
    {
      ...civilians,
      claimant: 'Wire service',
      claimant_kind: 'media',
      url: 'https://wire.example.org/own',
      quote: '745',
    },
  ]);
  await createTestClaims([
    // Published the day before the article: it becomes the first appearance.
    {
      ...civilians,
      via: 'Wire service',
      url: 'https://wire.example.org/syria',
      title: 'Monitor counts 745 civilians',
      published_on: '2025-03-09',
      quote: 'The monitor counted 745 civilians.',
    },
    // Published later, without a quote.
    { ...civilians, title: 'Evening bulletin', published_on: '2025-03-11' },
  ]);
  // Claim 2 stored again around the writer (as before appearances existed), from an untitled page.
  const [document] = await db
    .insert(documents)
    .values({ url: 'https://example.org/copy' })
    .returning({ id: documents.id });
  const [original] = await db.select().from(claims).where(eq(claims.id, CIVILIANS));
  const { id: _id, ...row } = found(original, 'claim 2');
  const documentId = found(document, 'document').id;
  const [copy] = await db
    .insert(claims)
    .values({ ...row, documentId, quote: '745 civilians' })
    .returning({ id: claims.id });
  merged = found(copy, 'copy').id;
  await db.insert(claimAppearances).values({ claimId: merged, documentId, quote: '745 civilians' });
  await db.transaction((tx) => mergeClaimInto(tx, merged, CIVILIANS, SYSTEM_ACTOR, 'a test'));
});

describe('getClaimPage: appearances and merges', () => {
  test('lists every document, the earliest published first and marked', async () => {
    const page = found((await getClaimPage(CIVILIANS)) ?? undefined, 'page');
    expect(page.appearances.map((a) => [a.title, a.via, a.first, a.quote !== null])).toEqual([
      ['Monitor counts 745 civilians', 'Wire service', true, true],
      [
        'Iran Condemns Deadly Violence in Syria Against Minority Groups, Urges End to Massacre',
        null,
        false,
        true,
      ],
      ['Evening bulletin', null, false, false],
      [null, null, false, true],
    ]);
    // The claim's own document is its first appearance's; the undated page comes last.
    expect(page.claim).toMatchObject({
      title: 'Monitor counts 745 civilians',
      appearance_count: 4,
    });
  });

  test("names the document each 'appearance' revision added", async () => {
    const page = found((await getClaimPage(CIVILIANS)) ?? undefined, 'page');
    expect(page.revisions.map((r) => [r.action, r.addedDocument])).toEqual([
      ['create', null],
      ['appearance', 'Monitor counts 745 civilians'],
      ['appearance', 'Evening bulletin'],
      ['appearance', 'https://example.org/copy'],
    ]);
  });

  test('a merged claim names the claim it lives on in, which names it back', async () => {
    expect((await getClaimPage(merged))?.mergedInto).toBe(CIVILIANS);
    const survivor = await getClaimPage(CIVILIANS);
    expect(survivor?.mergedInto).toBeNull();
    expect(survivor?.mergedFrom).toEqual([merged]);
  });
});
