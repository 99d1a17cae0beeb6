import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { matchDrafts } from '@/lib/server/extract/match-drafts';
import { seedIfEmpty } from '@/lib/server/seed';
import { migrateTestDatabase } from '@/tests/support/test-database';

const SEED_TITLE =
  'Iran Condemns Deadly Violence in Syria Against Minority Groups, Urges End to Massacre';

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
});

// The seed's 745 civilians, as draft `index` of the extract form, filed under `metric`.
const civilians = (index: number, metric: string, save = 'on') =>
  Object.fromEntries(
    Object.entries({
      save,
      metric,
      value: '745',
      qualifier: 'exact',
      as_of: '2025-03-09',
      // The seed's figures cover 'just two days'.
      period_start: '2025-03-08',
      period_end: '2025-03-09',
      claimant: 'Syrian Observatory for Human Rights',
      attribution: 'reported',
      quote: 'The monitor counted 745 civilians among the dead.',
    }).map(([field, value]) => [`d${index}.${field}`, value]),
  );

describe('matchDrafts', () => {
  test('names the stored claim of each draft, ticked or not, from another document', async () => {
    const matches = await matchDrafts({
      topic: 'syria-coast-2025',
      url: 'https://example.org/wire/745',
      title: 'Wire report',
      published_on: '2025-03-10',
      draft_count: '4',
      ...civilians(0, 'syria-coast-civilians-killed'),
      ...civilians(1, ''),
      ...civilians(2, 'syria-coast-civilians-killed', ''),
      ...civilians(3, 'syria-coast-killed'),
    });
    const stored = { claimId: matches[0]?.claimId, document: SEED_TITLE, sameDocument: false };
    expect(stored.claimId).toBeGreaterThan(0);
    expect(matches).toEqual([stored, null, stored, null]);
  });

  test('says when the claim already appears in this very document', async () => {
    const [match] = await matchDrafts({
      topic: 'syria-coast-2025',
      title: SEED_TITLE,
      published_on: '2025-03-10',
      draft_count: '1',
      ...civilians(0, 'syria-coast-civilians-killed'),
    });
    expect(match).toMatchObject({ document: SEED_TITLE, sameDocument: true });
  });
});
