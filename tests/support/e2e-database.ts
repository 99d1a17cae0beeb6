import { readFileSync } from 'node:fs';
import { type Client, createClient } from '@libsql/client';

/** The e2e server's database file, opened directly: for plans and counts, and the version bump below. */
export function openE2eDatabase(): Client {
  const file = process.env.TALLY_E2E_DB;
  if (!file) throw new Error('TALLY_E2E_DB is set by playwright.config.ts');
  return createClient({ url: `file:${file}` });
}

/**
 * Bumps the data version as a write from another instance would, changing no data: the server's
 * body cache and data-version memos then miss, whatever earlier requests (the readiness probe,
 * earlier specs) warmed.
 */
export async function bumpE2eDataVersion(): Promise<void> {
  const db = openE2eDatabase();
  try {
    await db.execute(
      'INSERT INTO data_version (id, version) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET version = version + 1',
    );
  } finally {
    db.close();
  }
}

export type LoggedQuery = { sql: string; params: unknown[] };

/** Every statement the server has sent so far, from the log the config turns on. */
export function readQueryLog(): LoggedQuery[] {
  const text = readFileSync(`${process.env.TALLY_E2E_DB}.queries.jsonl`, 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LoggedQuery);
}
