import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import { db } from '@/db/client';
import { importUploads } from '@/db/schema';
import { UsageError } from '@/lib/errors';
import { type FileRow, formatOf, readRows } from '@/lib/import/read-rows';

/** An uploaded file, as the import reads it. */
export type Upload = { name: string; bytes: Uint8Array };

// An upload waits this long for the editor to confirm it; older ones are removed at the next upload.
const KEPT_MS = 24 * 60 * 60 * 1000;
const TOKEN = /^[a-f0-9]{32}$/;
const NOT_KNOWN = 'That upload is not known, or was kept more than a day: upload the file again.';

/**
 * Keeps an uploaded file until its editor confirms it, in the database rather than on this
 * server's disk, so another instance can import it. Returns its token: random, and good only for
 * the editor who uploaded it. Uploads left unconfirmed for a day go on each new upload.
 */
export async function saveUpload(editorId: number, upload: Upload): Promise<string> {
  const format = formatOf(upload.name);
  const token = randomBytes(16).toString('hex');
  await db.delete(importUploads).where(lt(importUploads.createdAt, new Date(Date.now() - KEPT_MS)));
  await db.insert(importUploads).values({
    token,
    editorId,
    fileName: upload.name,
    format,
    bytes: Buffer.from(upload.bytes.buffer, upload.bytes.byteOffset, upload.bytes.byteLength),
  });
  return token;
}

/** The upload a form names by its token, if this editor made it (and not over a day ago). */
export async function loadUpload(editorId: number, token: string): Promise<Upload> {
  if (!TOKEN.test(token)) throw new UsageError(NOT_KNOWN);
  const [row] = await db
    .select({
      name: importUploads.fileName,
      bytes: importUploads.bytes,
      createdAt: importUploads.createdAt,
    })
    .from(importUploads)
    .where(and(eq(importUploads.token, token), eq(importUploads.editorId, editorId)));
  if (!row || row.createdAt.getTime() < Date.now() - KEPT_MS) throw new UsageError(NOT_KNOWN);
  return { name: row.name, bytes: row.bytes };
}

/** Removes an upload once it is imported. */
export async function deleteUpload(token: string): Promise<void> {
  await db.delete(importUploads).where(eq(importUploads.token, token));
}

/** The first rows of a file, for the preview. */
export async function firstRows(upload: Upload, count: number): Promise<FileRow[]> {
  const rows: FileRow[] = [];
  for await (const row of readRows(upload)) {
    rows.push(row);
    if (rows.length >= count) break;
  }
  return rows;
}
