import { readFileSync } from 'node:fs';
import { type Client, createClient } from '@libsql/client';

/** The e2e server's database file, opened directly: for reading plans and counts, never writing. */
export function openE2eDatabase(): Client {
  const file = process.env.TALLY_E2E_DB;
  if (!file) throw new Error('TALLY_E2E_DB is set by playwright.config.ts');
  return createClient({ url: `file:${file}` });
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
