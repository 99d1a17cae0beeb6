import { beforeAll, describe, expect, test } from 'vitest';
import { SourceEdit } from '@/lib/catalog/inputs';
import { RecordNotFound, editSource } from '@/lib/server/catalog/edits';
import { listRecordRevisions } from '@/lib/server/catalog/queries';
import { getClaim } from '@/lib/server/claims/queries';
import { db } from '@/db/client';
import { addSourceAlias } from '@/lib/server/sources/aliases';
import { findSource } from '@/lib/server/sources/match';
import { mergeSources } from '@/lib/server/sources/merge';
import type { Actor } from '@/lib/server/history/revisions';
import {
  failedFields,
  newClaim,
  newSource,
  setUpCatalogEdits,
  state,
} from '@/tests/support/catalog-edits';

let editor: Actor;

beforeAll(async () => {
  editor = await setUpCatalogEdits();
});

describe('editSource', () => {
  const edit = (raw: Record<string, unknown>) => SourceEdit.parse({ kind: 'ngo', ...raw });

  test('renames a source: its claims show the new name, its history both', async () => {
    const source = await newSource('Health Watch');
    const claimId = await newClaim({ claimant: 'health-watch', attribution: 'reported' });
    const before = await state();
    await editSource(
      source.id,
      edit({ name: 'Health Watch International', url: 'https://hwi.example.org/' }),
      'Full name',
      editor,
    );
    expect(await getClaim(claimId)).toMatchObject({
      claimant: 'Health Watch International',
      claimant_slug: 'health-watch',
    });
    const revisions = await listRecordRevisions('source', source.id);
    expect(revisions.map((r) => [r.action, r.snapshot.name, r.reason])).toEqual([
      ['create', 'Health Watch', null],
      ['edit', 'Health Watch International', 'Full name'],
    ]);
    expect(revisions[1]?.snapshot).toMatchObject({ url: 'https://hwi.example.org/', kind: 'ngo' });
    expect((await state()).version).toBe(before.version + 1);
  });

  test.each([
    ['the name of another, in other case', 'SYRIAN OBSERVATORY FOR HUMAN RIGHTS'],
    ['the slug of another', 'sohr'],
  ])('refuses a name that is %s, writing nothing', async (_, name) => {
    const source = await newSource('Casualty Count');
    const before = await state();
    expect(await failedFields(editSource(source.id, edit({ name }), 'Merge', editor))).toEqual([
      'name',
    ]);
    expect(await state()).toEqual(before);
  });

  test('a source may change the case of its own name', async () => {
    const source = await newSource('Field Medics');
    expect(
      (await editSource(source.id, edit({ name: 'FIELD MEDICS' }), 'Their spelling', editor))
        .status,
    ).toBe('edited');
  });

  test('an unchanged source writes nothing; an unknown id is not found', async () => {
    const source = await newSource('Quiet Group');
    const before = await state();
    expect(
      (await editSource(source.id, edit({ name: 'Quiet Group' }), 'Checked', editor)).status,
    ).toBe('unchanged');
    expect(await state()).toEqual(before);
    await expect(
      editSource(999_999, edit({ name: 'Nobody' }), 'Why', editor),
    ).rejects.toBeInstanceOf(RecordNotFound);
  });
});

describe('editSource after aliases and merges', () => {
  const edit = (raw: Record<string, unknown>) => SourceEdit.parse({ kind: 'ngo', ...raw });

  test('an edit keeps the aliases in its snapshot: its history does not say they were cleared', async () => {
    const source = await newSource('Aid Group');
    await addSourceAlias(source.slug, 'AG', editor, 'Its initials');
    await editSource(source.id, edit({ name: 'Aid Group International' }), 'Full name', editor);
    const [last] = (await listRecordRevisions('source', source.id)).slice(-1);
    expect(last?.changes.map((c) => c.field)).toEqual(['name']);
    expect(last?.snapshot.aliases).toEqual(['AG']);
  });

  test('a survivor may take the name of a source merged into it', async () => {
    const survivor = await newSource('Relief Office');
    const merged = await newSource('Relief Office Geneva');
    await mergeSources(merged.slug, survivor.slug, 'One office', editor);
    await editSource(survivor.id, edit({ name: 'Relief Office Geneva' }), 'Its full name', editor);
    expect(await findSource(db, 'relief office geneva')).toMatchObject({ id: survivor.id });
  });
});

test('listRecordRevisions lists nothing for a record without history', async () => {
  expect(await listRecordRevisions('source', 999_999)).toEqual([]);
});
