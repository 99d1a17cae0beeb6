import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { claims } from '@/db/schema';
import { editClaim } from '@/lib/server/claims/edits';
import { listClaimRevisions } from '@/lib/server/claims/queries';
import type { Actor } from '@/lib/server/history/revisions';
import {
  inputFrom,
  newClaim,
  oneClaimRevisionAfter,
  setUpClaimEdits,
  state,
  stored,
} from '@/tests/support/claim-edits';

let editor: Actor;

beforeAll(async () => {
  editor = await setUpClaimEdits();
});

describe('editClaim', () => {
  test('changes the claim and keeps the previous snapshot with editor and reason', async () => {
    const claim = await newClaim();
    const before = await state();
    const outcome = await editClaim(
      claim.id,
      inputFrom(claim, { value: '50,100', quote: 'at least 50,100 people' }),
      '  Typo in the figure  ',
      editor,
    );
    expect(outcome).toEqual({ status: 'edited', id: claim.id });
    expect(await stored(claim.id)).toMatchObject({ value: 50100, quote: 'at least 50,100 people' });

    const revisions = await listClaimRevisions(claim.id);
    expect(revisions.map((r) => [r.action, r.reason, r.editor_id])).toEqual([
      ['create', null, null],
      ['edit', 'Typo in the figure', editor.editorId],
    ]);
    expect(revisions[0]?.snapshot).toMatchObject({ value: 50000, quote: 'at least 50,000 people' });
    expect(revisions[1]?.snapshot).toEqual(await stored(claim.id));
    expect(await state()).toEqual(oneClaimRevisionAfter(before));
  });

  test('an edit that changes nothing writes no revision and keeps data_version', async () => {
    const claim = await newClaim();
    const before = await state();
    expect(await editClaim(claim.id, inputFrom(claim), 'Checked', editor)).toEqual({
      status: 'unchanged',
      id: claim.id,
    });
    expect(await state()).toEqual(before);
    expect(await listClaimRevisions(claim.id)).toHaveLength(1);
  });

  test('keeps the confirmed entry-check warnings with the edit revision', async () => {
    const claim = await newClaim();
    const warnings = [{ check: 'cumulative_fall', message: 'Lower than the figure before' }];
    await editClaim(claim.id, inputFrom(claim, { value: '100' }), 'As published', editor, {
      warnings,
    });
    const revisions = await listClaimRevisions(claim.id);
    expect(revisions.map((r) => r.warnings)).toEqual([[], warnings]);
  });

  test('a blank field clears the stored value', async () => {
    const claim = await newClaim();
    await editClaim(claim.id, inputFrom(claim, { notes: '' }), 'Note was wrong', editor);
    expect((await stored(claim.id)).notes).toBeNull();
  });

  test('stores the interval of a new qualifier and explicit bounds', async () => {
    const claim = await newClaim();
    await editClaim(
      claim.id,
      inputFrom(claim, { qualifier: 'range', low: '50000', high: '52,000' }),
      'The report gives a range',
      editor,
    );
    expect(await stored(claim.id)).toMatchObject({
      qualifier: 'range',
      value: 50000,
      low: 50000,
      high: 52000,
    });
    await editClaim(
      claim.id,
      inputFrom(await stored(claim.id), { qualifier: 'nearly', value: '150', low: '', high: '' }),
      'Wrong figure copied',
      editor,
    );
    const [row] = await db.select().from(claims).where(eq(claims.id, claim.id));
    expect(row).toMatchObject({ low: 135, high: 150, hasExplicitBounds: false });
  });

  test('ignores the status column of the input', async () => {
    const claim = await newClaim();
    await editClaim(
      claim.id,
      inputFrom(claim, { value: '50200', status: 'retracted' }),
      'New figure',
      editor,
    );
    expect(await stored(claim.id)).toMatchObject({ value: 50200, status: 'active' });
  });
});
