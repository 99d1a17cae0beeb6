import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { sourceAliases } from '@/db/schema';
import { listRecordRevisions } from '@/lib/server/catalog/queries';
import { getClaimDetail, listClaimRevisions } from '@/lib/server/claims/queries';
import type { Actor } from '@/lib/server/history/revisions';
import { addSourceAlias } from '@/lib/server/sources/aliases';
import { findSourceBySlug } from '@/lib/server/sources/match';
import { mergeSources } from '@/lib/server/sources/merge';
import {
  getSourceBySlug,
  getSourceRecord,
  listSourceClaimsByMetric,
} from '@/lib/server/sources/queries';
import { failedFields, newSource, setUpCatalogEdits, state } from '@/tests/support/catalog-edits';
import { createTestClaims, found } from '@/tests/support/test-database';

/** What a lookup found; the test fails here when it found nothing. */
const stored = async <T>(lookup: Promise<T | null>, what: string): Promise<T> =>
  found((await lookup) ?? undefined, what);

// Two entries for one ministry: "Gaza Ministry of Health" and "Ministry of Health in Gaza", which
// "MoH Gaza" was merged into earlier. Both stored the toll of 1 April, from different documents.
let editor: Actor;
let claimIds: number[] = [];
const [SURVIVOR, DUPLICATE, MOVED, OLDER, RELAYED] = [0, 1, 2, 3, 4];
const claimId = (index: number) => found(claimIds[index], `claim ${index}`);

const toll = (value: string, as_of: string, claimant: string, url: string) => ({
  metric: 'gaza-killed',
  value,
  as_of,
  claimant,
  claimant_kind: 'ministry',
  url,
  title: `Report ${as_of}`,
  quote: `The toll is ${value}.`,
});

/** Everything a refused merge must leave as it was. */
const written = async () => ({
  ...(await state()),
  aliases: await db.select().from(sourceAliases),
});

beforeAll(async () => {
  editor = await setUpCatalogEdits();
  const created = await createTestClaims([
    toll('50000', '2025-04-01', 'Gaza Ministry of Health', 'https://example.org/moh-bulletin'),
    toll('50000', '2025-04-01', 'Ministry of Health in Gaza', 'https://example.org/wire'),
    toll('50200', '2025-04-02', 'Ministry of Health in Gaza', 'https://example.org/wire-2'),
    toll('49000', '2025-03-20', 'MoH Gaza', 'https://example.org/old'),
    // SOHR's own figure, relayed by the entry merged away first.
    { ...toll('1100', '2025-03-12', 'sohr', 'https://example.org/relay'), via: 'moh-gaza' },
  ]);
  claimIds = created.map((c) => c.id);
  await addSourceAlias('ministry-of-health-in-gaza', 'MoH (Gaza)', editor);
  await mergeSources('moh-gaza', 'ministry-of-health-in-gaza', 'An earlier entry', editor);
});

describe('mergeSources', () => {
  test('moves claims, names and earlier merges to the survivor, merging exact duplicates', async () => {
    const before = await written();
    expect(
      await mergeSources(
        'ministry-of-health-in-gaza',
        'gaza-ministry-of-health',
        'One ministry, entered twice',
        editor,
      ),
    ).toEqual({
      from: 'ministry-of-health-in-gaza',
      into: 'gaza-ministry-of-health',
      claimsMoved: 4,
      duplicatesMerged: 1,
    });
    expect((await state()).version).toBe(before.version + 1);

    const survivor = await stored(getSourceRecord('gaza-ministry-of-health'), 'survivor');
    expect(survivor.merged_into).toBeNull();
    expect([...survivor.aliases].sort()).toEqual(
      ['MoH (Gaza)', 'MoH Gaza', 'Ministry of Health in Gaza'].sort(),
    );
    expect(await getSourceRecord('ministry-of-health-in-gaza')).toMatchObject({
      name: 'Ministry of Health in Gaza',
      aliases: [],
      merged_into: 'gaza-ministry-of-health',
    });
    // The source merged into it earlier now points at the survivor too.
    expect(await getSourceRecord('moh-gaza')).toMatchObject({
      merged_into: 'gaza-ministry-of-health',
    });
  });

  test('the duplicate lives on as an appearance of the oldest claim', async () => {
    const survivor = await stored(getClaimDetail(claimId(SURVIVOR)), 'surviving claim');
    expect(survivor).toMatchObject({
      claimant_slug: 'gaza-ministry-of-health',
      appearance_count: 2,
    });
    expect(survivor.appearances.map((a) => a.url).sort()).toEqual([
      'https://example.org/moh-bulletin',
      'https://example.org/wire',
    ]);
    expect(await getClaimDetail(claimId(DUPLICATE))).toMatchObject({
      status: 'merged',
      merged_into: claimId(SURVIVOR),
    });
  });

  test('each moved claim names the survivor and keeps a revision saying why', async () => {
    for (const index of [DUPLICATE, MOVED, OLDER, RELAYED]) {
      const revisions = await listClaimRevisions(claimId(index));
      const edit = revisions.find(
        (r) => r.action === 'edit' && r.reason?.includes('merged into Gaza Ministry of Health'),
      );
      expect(edit?.reason).toBe(
        'Source Ministry of Health in Gaza (ministry-of-health-in-gaza) was merged into ' +
          'Gaza Ministry of Health (gaza-ministry-of-health): One ministry, entered twice',
      );
      expect(edit?.editor_id).toBe(editor.editorId);
    }
    expect(await getClaimDetail(claimId(MOVED))).toMatchObject({
      claimant: 'Gaza Ministry of Health',
      status: 'active',
    });
    // Its first revision still says who it was filed under then.
    const [created] = await listClaimRevisions(claimId(MOVED));
    expect(created?.snapshot.claimant).toBe('Ministry of Health in Gaza');
  });

  test('a claim it relayed names the survivor as its relay, in every appearance', async () => {
    const relayed = await stored(getClaimDetail(claimId(RELAYED)), 'relayed claim');
    expect(relayed).toMatchObject({ claimant_slug: 'sohr', via: 'Gaza Ministry of Health' });
    expect(relayed.appearances.map((a) => a.via)).toEqual(['Gaza Ministry of Health']);
  });

  test('the survivor counts the moved figures, and a merged one as neither active nor retracted', async () => {
    const survivor = await stored(getSourceBySlug('gaza-ministry-of-health'), 'survivor');
    expect(await listSourceClaimsByMetric(survivor.id)).toMatchObject({ active: 3, retracted: 0 });
    expect(await getSourceBySlug('ministry-of-health-in-gaza')).toMatchObject({
      slug: 'gaza-ministry-of-health',
    });
    expect(await getSourceBySlug('MoH (Gaza)')).toMatchObject({ slug: 'gaza-ministry-of-health' });
  });

  test('both histories stay readable, each saying what happened', async () => {
    const gone = await stored(findSourceBySlug(db, 'ministry-of-health-in-gaza'), 'merged source');
    const history = await listRecordRevisions('source', gone.id);
    expect(history.map((r) => r.action)).toEqual(['create', 'alias', 'merge', 'merge']);
    expect(history.at(-1)?.reason).toBe(
      'Merged into Gaza Ministry of Health (gaza-ministry-of-health): One ministry, entered twice',
    );
    expect(history.at(-1)?.changes).toContainEqual(
      expect.objectContaining({ field: 'mergedInto', after: 'Gaza Ministry of Health' }),
    );
    const kept = await stored(findSourceBySlug(db, 'gaza-ministry-of-health'), 'survivor');
    const survivorHistory = await listRecordRevisions('source', kept.id);
    expect(survivorHistory.at(-1)).toMatchObject({
      action: 'merge',
      reason:
        'Ministry of Health in Gaza (ministry-of-health-in-gaza) was merged into this source: ' +
        'One ministry, entered twice',
      snapshot: { mergedInto: null },
    });
    const earlier = await stored(findSourceBySlug(db, 'moh-gaza'), 'earlier source');
    expect((await listRecordRevisions('source', earlier.id)).at(-1)?.changes).toContainEqual(
      expect.objectContaining({ field: 'mergedInto', before: 'Ministry of Health in Gaza' }),
    );
  });
});

describe('mergeSources refuses bad input, naming the field and writing nothing', () => {
  beforeAll(async () => {
    await newSource('Aid Watch');
    await newSource('Aid Monitor');
    await newSource('Aid Tracker');
    await mergeSources('aid-tracker', 'aid-watch', 'Same watchdog', editor);
  });

  test.each([
    ['a source into itself', 'aid-watch', 'AID-WATCH', 'Why', 'into'],
    ['into a merged source', 'aid-monitor', 'aid-tracker', 'Why', 'into'],
    ['a merged source', 'aid-tracker', 'aid-monitor', 'Why', 'from'],
    ['in a cycle', 'aid-watch', 'aid-tracker', 'Why', 'into'],
    ['without a reason', 'aid-monitor', 'aid-watch', '  ', 'reason'],
    ['from an unknown slug', 'nobody', 'aid-watch', 'Why', 'from'],
    ['into an unknown slug', 'aid-monitor', 'nobody', 'Why', 'into'],
    ['by name rather than slug', 'Aid Monitor', 'aid-watch', 'Why', 'from'],
  ])('merging %s', async (_, from, into, reason, field) => {
    const before = await written();
    expect(await failedFields(mergeSources(from, into, reason, editor))).toEqual([field]);
    expect(await written()).toEqual(before);
  });

  test('a cycle is called one', async () => {
    await expect(mergeSources('aid-watch', 'aid-tracker', 'Why', editor)).rejects.toThrow(
      "into: 'aid-tracker' was merged into 'aid-watch': merging 'aid-watch' into it would make a cycle",
    );
  });
});
