import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { claims, metrics, sources } from '@/db/schema';
import { parentMetrics, withMetricNames } from '@/lib/server/metrics/queries';

// What DESIGN.md's consistency checks read, in the shapes of CheckedClaim and CheckedMetric. The
// `check` command (all-flags), a metric's page (metric-flags) and a claim being entered
// (entry-checks) each choose which claims and metrics, but all select them here, so a check sees
// the same figure whichever door runs it.

/**
 * Claims as CheckedClaims, each with what the parts-vs-whole check needs of its metric (kind,
 * parent id, whether its parts are complete). Callers add where and order.
 */
export function selectCheckedClaims() {
  return db
    .select({
      id: claims.id,
      metric: metrics.slug,
      metric_name: metrics.name,
      claimant_slug: sources.slug,
      claimant: sources.name,
      as_of: claims.asOf,
      value: claims.value,
      qualifier: claims.qualifier,
      // The stored interval: passed as bounds, it gives back the same interval.
      low: claims.low,
      high: claims.high,
      quote: claims.quote,
      metric_kind: metrics.kind,
      metric_parent_id: metrics.parentId,
      metric_parts_complete: metrics.isPartsComplete,
    })
    .from(claims)
    .innerJoin(metrics, eq(metrics.id, claims.metricId))
    .leftJoin(sources, eq(sources.id, claims.claimantId))
    .$dynamic();
}

/** Metrics as CheckedMetrics, with their id, name and parent's id. Callers add where. */
export function selectCheckedMetrics() {
  const query = db
    .select({
      id: metrics.id,
      slug: metrics.slug,
      name: metrics.name,
      kind: metrics.kind,
      parent: parentMetrics.slug,
      parentId: metrics.parentId,
      parts_complete: metrics.isPartsComplete,
    })
    .from(metrics);
  return withMetricNames(query.$dynamic());
}
