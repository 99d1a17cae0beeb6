import { beforeAll, describe, expect, test } from 'vitest';
import { ClaimNotFound, editClaim, retractClaim } from '@/lib/server/claims/edits';
import { listClaimRevisions } from '@/lib/server/claims/queries';
import type { Actor } from '@/lib/server/history/revisions';
import {
  inputErrorOf,
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

describe('retractClaim', () => {
  test('retracts with its own revision, keeping every earlier snapshot', async () => {
    const claim = await newClaim();
    await editClaim(claim.id, inputFrom(claim, { value: '50300' }), 'Corrected', editor);
    const before = await state();
    expect(await retractClaim(claim.id, 'The ministry withdrew it', editor)).toEqual({
      status: 'retracted',
      id: claim.id,
    });
    expect((await stored(claim.id)).status).toBe('retracted');
    const revisions = await listClaimRevisions(claim.id);
    expect(revisions.map((r) => [r.action, r.reason, r.snapshot.value, r.snapshot.status])).toEqual(
      [
        ['create', null, 50000, 'active'],
        ['edit', 'Corrected', 50300, 'active'],
        ['retract', 'The ministry withdrew it', 50300, 'retracted'],
      ],
    );
    expect(revisions[2]?.editor_id).toBe(editor.editorId);
    expect(await state()).toEqual(oneClaimRevisionAfter(before));
  });

  test('a retracted claim can be neither retracted again nor edited', async () => {
    const claim = await newClaim();
    await retractClaim(claim.id, 'Withdrawn', editor);
    const before = await state();
    const again = await inputErrorOf(retractClaim(claim.id, 'Again', editor));
    expect(Object.keys(again.fields)).toEqual(['status']);
    const edit = await inputErrorOf(
      editClaim(claim.id, inputFrom(claim, { value: '1' }), 'Fix', editor),
    );
    expect(Object.keys(edit.fields)).toEqual(['status']);
    expect(await state()).toEqual(before);
  });

  test('requires a reason and a known id', async () => {
    const claim = await newClaim();
    const error = await inputErrorOf(retractClaim(claim.id, ' ', editor));
    expect(Object.keys(error.fields)).toEqual(['reason']);
    expect((await stored(claim.id)).status).toBe('active');
    await expect(retractClaim(999_999, 'Gone', editor)).rejects.toBeInstanceOf(ClaimNotFound);
  });
});
