import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { UsageError } from '@/lib/errors';
import { formatDraftTable } from '@/lib/extract/draft-table';
import { EXTRACT_TIME_LIMIT_MS } from '@/lib/extract/deadline';
import { MESSAGES, extractDrafts } from '@/lib/extract/extract';

const USAGE = 'extract <file.txt> [--published YYYY-MM-DD] [--publisher NAME] [--json]';

/**
 * `extract FILE [--published YYYY-MM-DD] [--publisher NAME] [--json]`: draft claims found in a
 * text. Exit 0 when it finds figures, 1 when it finds none, 2 (UsageError) for bad usage or a
 * file that is missing, unreadable, empty or not UTF-8, and 2 for a text not read within the time
 * limit the editor has too (the command could not run; it does not know the text has no figures).
 * It never opens the database. `timeLimitMs` is for tests.
 */
export async function extractCommand(
  args: string[],
  { timeLimitMs = EXTRACT_TIME_LIMIT_MS }: { timeLimitMs?: number } = {},
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      publisher: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError(`usage: ${USAGE}`);
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published))
    throw new UsageError('--published must be a date as YYYY-MM-DD');
  const text = await readText(file);
  const result = extractDrafts(text, {
    published: values.published,
    publisher: values.publisher,
    timeLimitMs,
  });
  if (result.message === MESSAGES.tooSlow) {
    console.error(`${file}: ${result.message}`);
    return 2;
  }
  if (values.json) console.log(JSON.stringify({ drafts: result.drafts }));
  else console.log(result.drafts.length > 0 ? formatDraftTable(result.drafts) : result.message);
  if (values.json && result.message) console.error(result.message);
  return result.drafts.length > 0 ? 0 : 1;
}

async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new UsageError(`cannot read ${file} (${reason})`);
  }
  if (bytes.length === 0) throw new UsageError(`${file} is empty`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(`${file} is not UTF-8 text`);
  }
}
