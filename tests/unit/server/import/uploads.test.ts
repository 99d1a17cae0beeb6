import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { claims, importUploads } from '@/db/schema';
import { UsageError } from '@/lib/errors';
import { PREVIEW_COLUMNS, previewRow } from '@/lib/import/upload-state';
import { deleteUpload, loadUpload, saveUpload } from '@/lib/server/import/uploads';
import { createTestEditor, migrateTestDatabase } from '@/tests/support/test-database';

const CSV = [
  'metric,metric_name,topic,value,as_of,title,attribution',
  'upload-killed,People killed,uploads,7,2024-02-01,Bulletin,unattributed',
  '',
].join('\n');
const upload = { name: 'figures.csv', bytes: new TextEncoder().encode(CSV) };
let editor = 0;
let other = 0;

async function storedTokens(): Promise<string[]> {
  return (await db.select({ token: importUploads.token }).from(importUploads)).map((r) => r.token);
}

beforeAll(async () => {
  await migrateTestDatabase();
  editor = (await createTestEditor('uploader@example.org')).editorId ?? 0;
  other = (await createTestEditor('other@example.org')).editorId ?? 0;
});

describe('uploads wait in the database for their editor', () => {
  test('a saved upload comes back whole to its editor, by a random token, and to no one else', async () => {
    const token = await saveUpload(editor, upload);
    expect(token).toMatch(/^[a-f0-9]{32}$/);
    expect(await saveUpload(editor, upload)).not.toBe(token);
    const loaded = await loadUpload(editor, token);
    expect(loaded.name).toBe('figures.csv');
    expect(new TextDecoder().decode(loaded.bytes)).toBe(CSV);
    await expect(loadUpload(other, token)).rejects.toThrow(UsageError);
    await expect(loadUpload(editor, '../../etc/passwd')).rejects.toThrow(UsageError);
    // Nothing of it is left in the temp folder, where uploads used to be kept.
    const folder = path.join(tmpdir(), 'tally-uploads');
    expect(
      existsSync(folder) ? readdirSync(folder).filter((f) => f.startsWith(token)) : [],
    ).toEqual([]);
  });

  test('an upload is gone once deleted, and one older than a day is neither loaded nor kept', async () => {
    const token = await saveUpload(editor, upload);
    await deleteUpload(token);
    await expect(loadUpload(editor, token)).rejects.toThrow('upload the file again');

    const old = 'a'.repeat(32);
    await db.insert(importUploads).values({
      token: old,
      editorId: editor,
      fileName: 'old.csv',
      format: 'csv',
      bytes: Buffer.from(CSV),
      createdAt: new Date(Date.now() - 25 * 60 * 60 * 1000),
    });
    await expect(loadUpload(editor, old)).rejects.toThrow('more than a day');
    const fresh = await saveUpload(editor, upload);
    expect(await storedTokens()).not.toContain(old);
    expect(await storedTokens()).toContain(fresh);
  });

  test('another process, as another instance of the app would, imports the upload', async () => {
    const token = await saveUpload(editor, upload);
    const script = `(async () => {
      const { loadUpload } = await import('@/lib/server/import/uploads');
      const { importFile } = await import('@/lib/server/import/import-file');
      const report = await importFile(await loadUpload(${editor}, '${token}'), { actor: { editorId: ${editor} } });
      console.log(JSON.stringify(report));
    })();`;
    const result = spawnSync(
      'node_modules/.bin/tsx',
      ['--conditions=react-server', '--eval', script],
      { env: { ...process.env }, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ inserted: 1, wrote: true });
    const [stored] = await db.select({ n: count() }).from(claims).where(eq(claims.value, 7));
    expect(stored?.n).toBe(1);
  }, 60_000);
});

describe('the preview of a row', () => {
  test('shows the preview columns as text, each cut to a cell', () => {
    const row = previewRow({
      position: 'element 4',
      raw: { metric: 'm', value: 12, title: 'T'.repeat(5000), url: ['not', 'text'] },
    });
    expect(row.position).toBe('element 4');
    expect(row.cells).toHaveLength(PREVIEW_COLUMNS.length);
    expect(row.cells[PREVIEW_COLUMNS.indexOf('value')]).toBe('12');
    expect(row.cells[PREVIEW_COLUMNS.indexOf('url')]).toBe('');
    expect(row.cells[PREVIEW_COLUMNS.indexOf('title')]).toBe(`${'T'.repeat(120)}…`);
  });
});
