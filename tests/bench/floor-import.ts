// The floor of (d): the same CSV rows put into one flat table through @libsql/client, with
// multi-row INSERTs in batched transactions, and nothing else: no validation, no references, no
// history, no indexes. Reads the file with the same CSV parser as Tally's import.
import { createReadStream } from 'node:fs';
import { type Client, createClient } from '@libsql/client';
import { parse } from 'csv-parse';
import { CLAIM_COLUMNS } from '@/lib/claims/input/columns';

const ROWS_PER_INSERT = 500; // 28 columns: 14,000 bound parameters, under SQLite's 32,766
const ROWS_PER_TRANSACTION = 5_000;

/** Inserts every row of `csvFile` into a new table of `databaseFile`; returns the row count. */
export async function floorImport(csvFile: string, databaseFile: string): Promise<number> {
  const client = createClient({ url: `file:${databaseFile}` });
  try {
    await client.execute(
      `CREATE TABLE claims_flat (${CLAIM_COLUMNS.map((column) => `${column} TEXT`).join(', ')})`,
    );
    const parser = createReadStream(csvFile).pipe(parse({ columns: true }));
    let batch: string[][] = [];
    let rows = 0;
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      batch.push(CLAIM_COLUMNS.map((column) => record[column] ?? ''));
      if (batch.length === ROWS_PER_TRANSACTION) {
        await insertBatch(client, batch);
        rows += batch.length;
        batch = [];
      }
    }
    await insertBatch(client, batch);
    return rows + batch.length;
  } finally {
    client.close();
  }
}

async function insertBatch(client: Client, rows: string[][]): Promise<void> {
  if (rows.length === 0) return;
  const one = `(${CLAIM_COLUMNS.map(() => '?').join(', ')})`;
  const statements = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_INSERT);
    statements.push({
      sql: `INSERT INTO claims_flat VALUES ${chunk.map(() => one).join(', ')}`,
      args: chunk.flat(),
    });
  }
  await client.batch(statements, 'write');
}
