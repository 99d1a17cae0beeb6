import 'server-only';
import { type Column, getTableColumns, getTableName, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Executor } from './client';

// Rows per statement: the JSON text of a few thousand claims is a few megabytes at most.
const ROWS_PER_STATEMENT = 2_000;

/**
 * Inserts many rows of a table with a single bound parameter per statement: the rows as a JSON
 * array that SQLite unpacks with json_each. Returns the new ids in the order of `rows`.
 *
 * Why not `tx.insert(table).values(rows)`: drizzle binds every value as a parameter of its own,
 * and building and preparing statements of thousands of parameters was the largest single cost of
 * a bulk import (a third of its time in a profile of 100,000 claims). Values go through each
 * column's own driver mapping (booleans, JSON, timestamps), as drizzle's insert does; columns not
 * given take their defaults.
 */
export async function insertRowsAsJson<T extends SQLiteTable>(
  tx: Executor,
  table: T,
  keys: readonly (keyof T['$inferInsert'] & string)[],
  rows: readonly T['$inferInsert'][],
): Promise<number[]> {
  const columns: Record<string, Column> = getTableColumns(table);
  const picked = keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`${getTableName(table)} has no column ${key}`);
    return { key, column };
  });
  const names = picked.map(({ column }) =>
    column.keyAsName ? toSnakeCase(column.name) : column.name,
  );
  const insert = sql.raw(
    `INSERT INTO "${getTableName(table)}" (${names.map((name) => `"${name}"`).join(', ')}) ` +
      `SELECT ${names.map((_, n) => `json_extract(value, '$[${n}]')`).join(', ')} ` +
      // The SELECT's order is the order of insertion, and AUTOINCREMENT ids only ever grow, so
      // the ids in ascending order are the rows' ids in order (RETURNING's own order is unset).
      `FROM json_each(`,
  );
  const ids: number[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const values = chunk.map((row) =>
      picked.map(({ key, column }) => {
        const value: unknown = row[key];
        return value === undefined || value === null ? null : column.mapToDriverValue(value);
      }),
    );
    const returned = await tx.all<{ id: number }>(
      sql`${insert}${JSON.stringify(values)}) ORDER BY key RETURNING id`,
    );
    ids.push(...returned.map((row) => row.id).sort((a, b) => a - b));
  }
  return ids;
}
