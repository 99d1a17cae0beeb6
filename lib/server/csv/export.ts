import 'server-only';
import { and, asc, count, eq, gte, lte, ne } from 'drizzle-orm';
import { db } from '@/db/client';
import { claims, metrics, topics } from '@/db/schema';
import { CLAIM_COLUMNS, type ClaimColumn } from '@/lib/claims/input/columns';
import { guardCsvCell } from '@/lib/csv/formula-guard';
import type { ClaimRow } from '@/lib/claims/claim-row';
import type { AppearanceJson } from '@/lib/api/response-schemas';
import { listAppearancesOf } from '@/lib/server/claims/queries';
import {
  type ClaimRowParts,
  claimants,
  selectClaimRows,
  toClaimRow,
} from '@/lib/server/claims/rows';

export type ExportFormat = 'csv' | 'json';

// A metric's claims are read a span of days at a time, about this many claims a span: a span of
// long quotes is a few MB, and one read holds the event loop (libSQL reads a local file
// synchronously) for tens of milliseconds, so an export of a metric of 50,000 claims neither
// fills memory nor keeps other requests waiting.
const SPAN_CLAIMS = 250;

/**
 * Every claim (retracted ones too, so history survives a round trip; not merged ones, whose
 * documents are their survivor's appearances), one row per appearance, in DESIGN.md's order:
 * topic, metric, as_of, claimant, id, then the claim's appearances, first one first. Rows are
 * read as the consumer asks for them, so memory stays flat however large the metric.
 */
export async function* exportRows(metricSlug?: string): AsyncGenerator<ClaimRow> {
  const metricList = await db
    .select({ id: metrics.id })
    .from(metrics)
    .innerJoin(topics, eq(topics.id, metrics.topicId))
    .where(metricSlug ? eq(metrics.slug, metricSlug) : undefined)
    .orderBy(asc(topics.slug), asc(metrics.slug));
  for (const metric of metricList) {
    for (const [from, to] of await daySpans(metric.id)) {
      // SQLite sorts NULL first: unattributed figures lead their day.
      const rows = await selectClaimRows(db)
        .where(
          and(
            eq(claims.metricId, metric.id),
            gte(claims.asOf, from),
            lte(claims.asOf, to),
            ne(claims.status, 'merged'),
          ),
        )
        .orderBy(asc(claims.asOf), asc(claimants.name), asc(claims.id));
      yield* appearanceRows(rows);
    }
  }
}

/**
 * A metric's days cut into spans of about SPAN_CLAIMS claims (a day is never cut), first to last.
 * Counted from an index alone: reading a claim's status would read its quote and notes too.
 */
async function daySpans(metricId: number): Promise<[string, string][]> {
  const days = await db
    .select({ asOf: claims.asOf, claims: count() })
    .from(claims)
    .where(eq(claims.metricId, metricId))
    .groupBy(claims.asOf)
    .orderBy(asc(claims.asOf));
  const spans: [string, string][] = [];
  let open: { from: string; claims: number } | null = null;
  for (const [index, day] of days.entries()) {
    open ??= { from: day.asOf, claims: 0 };
    open.claims += day.claims;
    const next = days[index + 1];
    if (!next || open.claims + next.claims > SPAN_CLAIMS) {
      spans.push([open.from, day.asOf]);
      open = null;
    }
  }
  return spans;
}

/** Each claim once per appearance, first appearance first. */
async function* appearanceRows(rows: ClaimRowParts[]): AsyncGenerator<ClaimRow> {
  const seenElsewhere = await listAppearancesOf(
    rows.filter((r) => r.claim.appearanceCount > 1).map((r) => r.claim.id),
  );
  for (const row of rows) {
    const claim = toClaimRow(row);
    const appearances = seenElsewhere.get(claim.id);
    if (!appearances) yield claim;
    else for (const appearance of appearances) yield appearingIn(claim, appearance);
  }
}

/** A claim's row as one of its appearances gives it: that document, quote, relay and attribution. */
function appearingIn(claim: ClaimRow, appearance: AppearanceJson): ClaimRow {
  return {
    ...claim,
    url: appearance.url,
    title: appearance.title,
    publisher: appearance.publisher,
    byline: appearance.byline,
    published_on: appearance.published_on,
    archive_url: appearance.archive_url,
    quote: appearance.quote,
    via: appearance.via,
    attribution: appearance.attribution,
  };
}

/** A number in its shortest form (48450, 0.5); a text guarded against spreadsheet formulas. */
const formatCsvValue = (value: string | number | boolean | null): string => {
  if (value === null) return '';
  const text = typeof value === 'string' ? guardCsvCell(value) : String(value);
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
