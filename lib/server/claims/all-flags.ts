import 'server-only';
import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db/client';
import { claims, metrics, sources } from '@/db/schema';
import { type Flag, checkClaims } from '@/lib/claims/checks';

const parents = alias(metrics, 'parent_metrics');

/** Every flag of DESIGN.md's checks over the whole database, as `check` reports them. */
export async function listAllFlags(): Promise<Flag[]> {
  const [metricRows, claimRows] = await Promise.all([
    db
      .select({
        slug: metrics.slug,
        kind: metrics.kind,
        parent: parents.slug,
        parts_complete: metrics.isPartsComplete,
      })
      .from(metrics)
      .leftJoin(parents, eq(parents.id, metrics.parentId)),
    db
      .select({
        id: claims.id,
        metric: metrics.slug,
        metric_name: metrics.name,
        claimant_slug: sources.slug,
        claimant: sources.name,
        as_of: claims.asOf,
        value: claims.value,
        qualifier: claims.qualifier,
        low: claims.low,
        high: claims.high,
        quote: claims.quote,
      })
      .from(claims)
      .innerJoin(metrics, eq(metrics.id, claims.metricId))
      .leftJoin(sources, eq(sources.id, claims.claimantId))
      .where(eq(claims.status, 'active'))
      .orderBy(claims.metricId, claims.asOf, claims.id),
  ]);
  return checkClaims(claimRows, metricRows);
}
