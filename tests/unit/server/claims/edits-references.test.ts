import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { documents, recordRevisions, sources } from '@/db/schema';
import { ClaimNotFound, editClaim } from '@/lib/server/claims/edits';
import type { Actor } from '@/lib/server/history/revisions';
import {
  inputErrorOf,
  inputFrom,
  newClaim,
  setUpClaimEdits,
  state,
  stored,
} from '@/tests/support/claim-edits';
import { found } from '@/tests/support/test-database';

let editor: Actor;

beforeAll(async () => {
  editor = await setUpClaimEdits();
});

describe('editClaim', () => {
  test('a new claimant with claimant_kind is created; the old source is left as it was', async () => {
    const claim = await newClaim();
    const [oldSource] = await db
      .select()
      .from(sources)
      .where(eq(sources.name, 'Gaza Ministry of Health'));
    await editClaim(
      claim.id,
      inputFrom(claim, {
        claimant: 'Government Media Office',
        claimant_kind: 'government',
        claimant_description: 'Gaza government press office',
      }),
      'Misattributed: the figure came from the media office',
      editor,
    );
    const [created] = await db
      .select()
      .from(sources)
      .where(eq(sources.name, 'Government Media Office'));
    expect(created).toMatchObject({
      slug: 'government-media-office',
      kind: 'government',
      description: 'Gaza government press office',
    });
    expect(await stored(claim.id)).toMatchObject({
      claimant: 'Government Media Office',
      claimant_slug: 'government-media-office',
    });
    const sourceRevisions = await db
      .select()
      .from(recordRevisions)
      .where(eq(recordRevisions.recordId, found(created, 'source').id));
    expect(sourceRevisions.filter((r) => r.record === 'source')).toMatchObject([
      { action: 'create', editorId: editor.editorId },
    ]);
    const oldId = found(oldSource, 'old source').id;
    const [oldAfter] = await db.select().from(sources).where(eq(sources.id, oldId));
    expect(oldAfter).toEqual(oldSource);
  });

  test('a changed document title without a URL points the claim at a new document', async () => {
    const claim = await newClaim({ url: '', title: 'Ministry bulletin', publisher: 'MoH' });
    const [oldDocument] = await db
      .select()
      .from(documents)
      .where(eq(documents.title, 'Ministry bulletin'));
    await editClaim(
      claim.id,
      inputFrom(claim, { title: 'Ministry bulletin no. 12' }),
      'Full title',
      editor,
    );
    expect((await stored(claim.id)).title).toBe('Ministry bulletin no. 12');
    const oldId = found(oldDocument, 'old document').id;
    const [oldAfter] = await db.select().from(documents).where(eq(documents.id, oldId));
    expect(oldAfter).toEqual(oldDocument);
  });

  test('moves a claim to a new metric when metric_name and topic are given', async () => {
    const claim = await newClaim();
    await editClaim(
      claim.id,
      inputFrom(claim, {
        metric: 'gaza-injured',
        metric_name: 'People injured',
        topic: 'gaza-war',
        metric_kind: 'cumulative',
      }),
      'This figure counts the injured',
      editor,
    );
    expect(await stored(claim.id)).toMatchObject({
      metric: 'gaza-injured',
      metric_name: 'People injured',
      metric_kind: 'cumulative',
    });
  });

  test('a failed edit writes nothing', async () => {
    const claim = await newClaim();
    const before = await state();
    const unknownMetric = await inputErrorOf(
      editClaim(
        claim.id,
        inputFrom(claim, { metric: 'no-such-metric', metric_name: '', value: '1' }),
        'Moving it',
        editor,
      ),
    );
    expect(Object.keys(unknownMetric.fields)).toEqual(['metric']);
    // The claimant is created first, then the relay fails: the new source must roll back too.
    const unknownVia = await inputErrorOf(
      editClaim(
        claim.id,
        inputFrom(claim, { claimant: 'New Monitor', claimant_kind: 'monitor', via: 'Nobody' }),
        'Relayed',
        editor,
      ),
    );
    expect(Object.keys(unknownVia.fields)).toEqual(['via']);
    expect(await state()).toEqual(before);
    expect(await stored(claim.id)).toEqual(claim);
  });

  test('an unknown claimant without claimant_kind is rejected naming claimant', async () => {
    const claim = await newClaim();
    const error = await inputErrorOf(
      editClaim(
        claim.id,
        inputFrom(claim, { claimant: 'Unheard Of', claimant_kind: '' }),
        'Source',
        editor,
      ),
    );
    expect(Object.keys(error.fields)).toEqual(['claimant']);
  });

  test.each([
    ['empty', ''],
    ['blank', '   '],
    ['too long', 'x'.repeat(1001)],
  ])('rejects a reason that is %s, naming reason', async (_, reason) => {
    const claim = await newClaim();
    const before = await state();
    const error = await inputErrorOf(
      editClaim(claim.id, inputFrom(claim, { value: '1' }), reason, editor),
    );
    expect(Object.keys(error.fields)).toEqual(['reason']);
    expect(await state()).toEqual(before);
  });

  test('an unknown id throws ClaimNotFound', async () => {
    const claim = await newClaim();
    await expect(editClaim(999_999, inputFrom(claim), 'Fix', editor)).rejects.toBeInstanceOf(
      ClaimNotFound,
    );
  });
});
