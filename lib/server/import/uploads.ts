import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UsageError } from '@/lib/errors';
import { type FileRow, formatOf, readRows } from '@/lib/import/read-rows';

const UPLOADS = path.join(tmpdir(), 'tally-uploads');
const TOKEN = /^[a-f0-9]{32}\.(csv|json)$/;

/** Keeps an uploaded file until the editor confirms it; the token names it without a path. */
export async function saveUpload(file: File): Promise<string> {
  const extension = formatOf(file.name);
  const token = `${randomBytes(16).toString('hex')}.${extension}`;
  await mkdir(UPLOADS, { recursive: true });
  await writeFile(path.join(UPLOADS, token), Buffer.from(await file.arrayBuffer()));
  return token;
}

/** The path of an upload, from a token a form sent back: never a path the client chose. */
export function uploadPath(token: string): string {
  if (!TOKEN.test(token)) throw new UsageError('That upload is not known; upload the file again.');
  return path.join(UPLOADS, token);
}

/** The first rows of a file, for the preview. */
export async function firstRows(filePath: string, count: number): Promise<FileRow[]> {
  const rows: FileRow[] = [];
  for await (const row of readRows(filePath)) {
    rows.push(row);
    if (rows.length >= count) break;
  }
  return rows;
}
