import type { InStatement } from '@libsql/client';
import { vi } from 'vitest';
import { client } from '@/db/client';

/** Runs `run`, passing every statement it sends through to the real database and keeping a copy. */
export async function recordStatements(run: () => Promise<unknown>): Promise<InStatement[]> {
  const execute = client.execute.bind(client);
  const statements: InStatement[] = [];
  const spy = vi.spyOn(client, 'execute').mockImplementation(((statement: InStatement) => {
    statements.push(statement);
    return execute(statement);
  }) as typeof client.execute);
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return statements;
}

/** The lines of EXPLAIN QUERY PLAN for a statement ("SEARCH c USING INDEX …"). */
export async function queryPlan(statement: InStatement): Promise<string[]> {
  const { sql, args = [] } = typeof statement === 'string' ? { sql: statement } : statement;
  const plan = await client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args });
  return plan.rows.map((row) => String(row.detail));
}

/**
 * The tables a plan reads from end to end without an index. Scans of the query's own subqueries
 * and CTEs (declared as CO-ROUTINE or MATERIALIZE, or unnamed "(subquery-N)") are not counted.
 */
export function fullTableScans(plan: string[]): string[] {
  const subqueries = new Set(
    plan.flatMap((line) => /^(?:CO-ROUTINE|MATERIALIZE) (\S+)$/.exec(line)?.slice(1) ?? []),
  );
  return plan.flatMap((line) => {
    const scanned = /^SCAN (\S+)$/.exec(line)?.[1];
    return scanned && !scanned.startsWith('(') && !subqueries.has(scanned) ? [scanned] : [];
  });
}
