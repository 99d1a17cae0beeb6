import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { claims, metrics, topics } from '@/db/schema';
import { CLAIM_COLUMNS, type ClaimColumn } from '@/lib/claims/input/columns';
import type { ClaimRow } from '@/lib/claims/claim-row';
import { claimants, selectClaimRows, toClaimRow } from '@/lib/server/claims/rows';

export type ExportFormat = 'csv' | 'json';

/**
 * Every claim (retracted ones too, so history survives a round trip), in DESIGN.md's order: topic,
 * metric, as_of, claimant, id. Read one metric at a time so memory stays flat.
 */
export async function* exportRows(metricSlug?: string): AsyncGenerator<ClaimRow> {
  const metricList = await db
    .select({ id: metrics.id })
    .from(metrics)
    .innerJoin(topics, eq(topics.id, metrics.topicId))
    .where(metricSlug ? eq(metrics.slug, metricSlug) : undefined)
    .orderBy(asc(topics.slug), asc(metrics.slug));
  for (const metric of metricList) {
    // SQLite sorts NULL first: unattributed figures lead their day.
    const rows = await selectClaimRows(db)
      .where(eq(claims.metricId, metric.id))
      .orderBy(asc(claims.asOf), asc(claimants.name), asc(claims.id));
    for (const row of rows) yield toClaimRow(row);
  }
}

/** A number in its shortest form: 48450, 0.5. */
const formatCsvValue = (value: string | number | boolean | null): string => {
  if (value === null) return '';
  const text = String(value);
  // RFC 4180: quote only a field that holds a comma, a quote or a line break.
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export const CSV_HEADER = `${CLAIM_COLUMNS.join(',')}\n`;

export function csvLine(row: Record<ClaimColumn, string | number | boolean | null>): string {
  return `${CLAIM_COLUMNS.map((column) => formatCsvValue(row[column])).join(',')}\n`;
}

function jsonObject(row: ClaimRow): Record<string, unknown> {
  return Object.fromEntries(CLAIM_COLUMNS.map((column) => [column, row[column]]));
}

/**
 * The export's bytes as text chunks: CSV (UTF-8, LF, a final newline) or a JSON array. The CLI
 * and the API both write these chunks, so their bytes are the same.
 */
export async function* exportChunks(
  format: ExportFormat,
  metricSlug?: string,
): AsyncGenerator<string> {
  if (format === 'csv') {
    yield CSV_HEADER;
    for await (const row of exportRows(metricSlug)) yield csvLine(row);
    return;
  }
  let first = true;
  yield '[';
  for await (const row of exportRows(metricSlug)) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(jsonObject(row))}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}
