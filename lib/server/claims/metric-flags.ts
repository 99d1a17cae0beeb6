import 'server-only';
import { and, eq, inArray, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db/client';
import { claims, metrics, sources } from '@/db/schema';
import { memoByDataVersion } from '@/lib/server/cache/data-version-memo';
import type { MetricWithId } from '@/lib/server/metrics/queries';
import { type CheckedClaim, type CheckedMetric, type Flag, checkClaims } from '@/lib/claims/checks';

const parents = alias(metrics, 'parent_metrics');

/**
 * The flags that DESIGN.md's checks raise on a metric's active claims, by claim id. The checks
 * read the metric's whole and its parts too, since parts vs whole spans metrics.
 */
export function flagsByClaimForMetric(metric: MetricWithId): Promise<Map<number, Flag[]>> {
  return memoByDataVersion(`flags:${metric.id}`, () => computeFlags(metric));
}

async function computeFlags(metric: MetricWithId): Promise<Map<number, Flag[]>> {
  const related = await db
    .select({
      id: metrics.id,
      slug: metrics.slug,
      kind: metrics.kind,
      parent: parents.slug,
      parts_complete: metrics.isPartsComplete,
    })
    .from(metrics)
    .leftJoin(parents, eq(parents.id, metrics.parentId))
    .where(
      or(
        eq(metrics.id, metric.id),
        eq(metrics.parentId, metric.id),
        metric.parent ? eq(metrics.slug, metric.parent) : undefined,
        metric.parent ? eq(parents.slug, metric.parent) : undefined,
      ),
    );
  const checked = await listCheckedClaims(related.map((m) => m.id));
  const ownIds = new Set(checked.filter((c) => c.metric === metric.slug).map((c) => c.id));
  const byClaim = new Map<number, Flag[]>();
  for (const flag of checkClaims(checked, related satisfies CheckedMetric[])) {
    for (const id of flag.claim_ids) {
      if (ownIds.has(id)) byClaim.set(id, [...(byClaim.get(id) ?? []), flag]);
    }
  }
  return byClaim;
}

async function listCheckedClaims(metricIds: number[]): Promise<CheckedClaim[]> {
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
    })
    .from(claims)
    .innerJoin(metrics, eq(metrics.id, claims.metricId))
    .leftJoin(sources, eq(sources.id, claims.claimantId))
    .where(and(inArray(claims.metricId, metricIds), eq(claims.status, 'active')))
    .orderBy(claims.asOf, claims.id);
}
