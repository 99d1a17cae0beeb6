import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { documents } from '@/db/schema';
import { DocumentEdit } from '@/lib/catalog/inputs';
import { editDocument } from '@/lib/server/catalog/edits';
import { listRecordRevisions } from '@/lib/server/catalog/queries';
import type { Actor } from '@/lib/server/history/revisions';
import { failedFields, newDocument, setUpCatalogEdits, state } from '@/tests/support/catalog-edits';
import { found } from '@/tests/support/test-database';

let editor: Actor;

beforeAll(async () => {
  editor = await setUpCatalogEdits();
});

describe('editDocument', () => {
  const edit = (raw: Record<string, unknown>) => DocumentEdit.parse(raw);
  /** The fields an edit of the document to these values is refused for. */
  const refusedFields = (id: number, raw: Record<string, unknown>, reason: string) =>
    failedFields(editDocument(id, edit(raw), reason, editor));

  test('corrects a link; the old row stays in the history', async () => {
    const document = await newDocument({ url: 'https://example.org/typo', title: 'Bulletin 7' });
    await editDocument(
      document.id,
      edit({
        url: 'https://example.org/bulletin-7',
        title: 'Bulletin 7',
        archive_url: 'https://web.archive.org/web/2025/https://example.org/bulletin-7',
      }),
      'Broken link',
      editor,
    );
    const revisions = await listRecordRevisions('document', document.id);
    expect(revisions.map((r) => [r.action, r.snapshot.url, r.snapshot.archiveUrl])).toEqual([
      ['create', 'https://example.org/typo', null],
      [
        'edit',
        'https://example.org/bulletin-7',
        'https://web.archive.org/web/2025/https://example.org/bulletin-7',
      ],
    ]);
    expect(revisions[1]).toMatchObject({ reason: 'Broken link', editor_id: editor.editorId });
  });

  test('stores the day the document was retrieved', async () => {
    const document = await newDocument({ url: 'https://example.org/retrieved', title: 'Seen' });
    await editDocument(
      document.id,
      edit({ url: 'https://example.org/retrieved', title: 'Seen', retrieved_on: '2025-03-10' }),
      'Add the day it was read',
      editor,
    );
    const [row] = await db.select().from(documents).where(eq(documents.id, document.id));
    expect(found(row, 'document').retrievedOn).toBe('2025-03-10');
    const [, edited] = await listRecordRevisions('document', document.id);
    expect(edited?.changes).toEqual([
      { field: 'retrievedOn', label: 'Retrieved', before: null, after: '10 Mar 2025' },
    ]);
  });

  test('refuses the link of another document, writing nothing', async () => {
    await newDocument({ url: 'https://example.org/taken', title: 'Taken' });
    const document = await newDocument({ url: 'https://example.org/mine', title: 'Mine' });
    const before = await state();
    expect(
      await refusedFields(document.id, { url: 'https://example.org/taken', title: 'Mine' }, 'Fix'),
    ).toEqual(['url']);
    expect(await state()).toEqual(before);
  });

  test('refuses to become the twin of a document without a link', async () => {
    await newDocument({ url: '', title: 'Press release', publisher: 'MoH' });
    const document = await newDocument({ url: '', title: 'Press releas', publisher: 'MoH' });
    expect(
      await refusedFields(document.id, { title: 'Press release', publisher: 'MoH' }, 'Typo'),
    ).toEqual(['title']);
  });

  test('an unchanged document writes nothing; a blank field clears it', async () => {
    const document = await newDocument({ url: '', title: 'Notice', byline: 'Staff' });
    const before = await state();
    expect(
      (await editDocument(document.id, edit({ title: 'Notice', byline: 'Staff' }), 'Ok', editor))
        .status,
    ).toBe('unchanged');
    expect(await state()).toEqual(before);
    await editDocument(document.id, edit({ title: 'Notice' }), 'No byline given', editor);
    const [row] = await db.select().from(documents).where(eq(documents.id, document.id));
    expect(found(row, 'document').byline).toBeNull();
  });
});
