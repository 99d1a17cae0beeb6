import 'server-only';
import { and, asc, count, desc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import { db } from '@/db/client';
import type { ClaimStatus } from '@/db/enums';
import { claims, metrics, sources } from '@/db/schema';
import { NO_CLAIMANT } from '@/lib/metrics/page-query';
import type { ChartClaim } from '@/lib/charts/metric-series';
import type { ClaimRow } from '@/lib/claims/claim-row';
import { selectClaimRows, toClaimRow } from '@/lib/server/claims/rows';
import { sourceIdOf } from '@/lib/server/sources/match';
import { memoByDataVersion } from '@/lib/server/cache/data-version-memo';

/**
 * Every active claim of some metrics, lean, in as_of order: what charts are drawn from. Read once
 * per data version and shared by every span a chart is asked for (`?from=&to=` filter it in
 * memory), so a new span costs no read of the whole metric. Callers must not change the list.
 */
export function listChartClaims(
  metricIds: number[],
): Promise<readonly (ChartClaim & { metricId: number })[]> {
  return memoByDataVersion(`chart-claims:${metricIds.join(',')}`, () => readChartClaims(metricIds));
}

async function readChartClaims(
  metricIds: number[],
): Promise<(ChartClaim & { metricId: number })[]> {
  const rows = await db
    .select({
      id: claims.id,
      metricId: claims.metricId,
      asOf: claims.asOf,
      value: claims.value,
      qualifier: claims.qualifier,
      low: claims.low,
      high: claims.high,
      claimantSlug: sources.slug,
      claimantName: sources.name,
      claimantKind: sources.kind,
    })
    .from(claims)
    .leftJoin(sources, eq(sources.id, claims.claimantId))
    .where(and(inArray(claims.metricId, metricIds), eq(claims.status, 'active')))
    .orderBy(asc(claims.asOf), asc(claims.id));
  return rows.map((row) => ({ ...row, isFlagged: false }));
}

export type ClaimantOption = { slug: string; name: string };

export type MetricClaimants = { claimants: ClaimantOption[]; hasUnattributed: boolean };

/**
 * The claimants with figures of this status for a metric, for the table's filter, and whether some
 * of those figures name no source (offered as "no source named"). A claimant whose figures were
 * all retracted is not offered among the active ones.
 */
export function listMetricClaimants(
  metricId: number,
  status: ClaimStatus,
): Promise<MetricClaimants> {
  // Read once per data version: it looks at every figure of the metric.
  return memoByDataVersion(`claimants:${metricId}:${status}`, () =>
    readMetricClaimants(metricId, status),
  );
}

async function readMetricClaimants(
  metricId: number,
  status: ClaimStatus,
): Promise<MetricClaimants> {
  const ofMetric = and(eq(claims.metricId, metricId), eq(claims.status, status));
  const ids = db.selectDistinct({ id: claims.claimantId }).from(claims).where(ofMetric);
  const [claimants, unattributed] = await Promise.all([
    db
      .select({ slug: sources.slug, name: sources.name })
      .from(sources)
      .where(inArray(sources.id, ids))
      .orderBy(asc(sources.name)),
    db
      .select({ id: claims.id })
      .from(claims)
      .where(and(ofMetric, isNull(claims.claimantId)))
      .limit(1),
  ]);
  return { claimants, hasUnattributed: unattributed.length > 0 };
}

/**
 * How many of a metric's figures in a span of dates were retracted: kept for the record, neither
 * charted nor counted, so the page says how many there are.
 */
export async function countRetracted(metricId: number, span: DateSpan): Promise<number> {
  const [row] = await db
    .select({ retracted: count() })
    .from(claims)
    .where(and(eq(claims.metricId, metricId), eq(claims.status, 'retracted'), withinSpan(span)));
  return row?.retracted ?? 0;
}

/** Inclusive days on as_of; null is open. */
type DateSpan = { from: string | null; to: string | null };

function withinSpan({ from, to }: DateSpan) {
  return and(
    from === null ? undefined : gte(claims.asOf, from),
    to === null ? undefined : lte(claims.asOf, to),
  );
}

export const TABLE_PAGE_SIZE = 100;

export type TableQuery = DateSpan & {
  status: ClaimStatus;
  /** A source slug, NO_CLAIMANT for figures nobody is named for, or null for all. */
  claimant: string | null;
  order: 'asc' | 'desc';
  page: number;
};

/** One page of the claims table and the number of rows it pages through. */
export async function listTableClaims(
  metricId: number,
  query: TableQuery,
): Promise<{ rows: ClaimRow[]; total: number }> {
  const where = and(
    eq(claims.metricId, metricId),
    eq(claims.status, query.status),
    withinSpan(query),
    claimantCondition(query.claimant),
  );
  const direction = query.order === 'asc' ? asc : desc;
  const [rows, [counted]] = await Promise.all([
    selectClaimRows(db)
      .where(where)
      .orderBy(direction(claims.asOf), direction(claims.id))
      .limit(TABLE_PAGE_SIZE)
      .offset((query.page - 1) * TABLE_PAGE_SIZE),
    db.select({ total: count() }).from(claims).where(where),
  ]);
  return { rows: rows.map(toClaimRow), total: counted?.total ?? 0 };
}

function claimantCondition(claimant: string | null) {
  if (claimant === null) return undefined;
  if (claimant === NO_CLAIMANT) return isNull(claims.claimantId);
  return eq(claims.claimantId, sourceIdOf(db, claimant));
}

/** The metrics that are parts of this one ("civilians killed" inside "people killed"). */
export async function listPartMetrics(metricId: number) {
  return db
    .select({ id: metrics.id, slug: metrics.slug, name: metrics.name })
    .from(metrics)
    .where(eq(metrics.parentId, metricId))
    .orderBy(asc(metrics.name));
}
