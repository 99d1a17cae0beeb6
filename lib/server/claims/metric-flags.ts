import 'server-only';
import { and, eq, inArray, or } from 'drizzle-orm';
import { claims, metrics } from '@/db/schema';
import { memoByDataVersion } from '@/lib/server/cache/data-version-memo';
import { type MetricWithId, parentMetrics } from '@/lib/server/metrics/queries';
import { type CheckedMetric, type Flag, checkClaims, flagOnClaim } from '@/lib/claims/checks';
import {
  selectCheckedClaims,
  selectCheckedMetrics,
  withEveryDocument,
} from '@/lib/server/claims/check-inputs';

/**
 * The flags that DESIGN.md's checks raise on a metric's active claims, by claim id. The checks
 * read the metric's whole and its parts too, since parts vs whole spans metrics. A conflict is
 * looked for in every document a claim appeared in, as `check` does: only the few claims that
 * share claimant and day with another are read again, so a metric of 10,000 claims costs no more.
 * Each claim carries its flags as flagOnClaim bounds them: a flag about a day of 1,500 figures
 * names ten of them on each, so the map grows with the claims, not with their square.
 */
export function flagsByClaimForMetric(metric: MetricWithId): Promise<Map<number, Flag[]>> {
  return memoByDataVersion(`flags:${metric.id}`, () => computeFlags(metric));
}

async function computeFlags(metric: MetricWithId): Promise<Map<number, Flag[]>> {
  const related = await selectCheckedMetrics().where(
    or(
      eq(metrics.id, metric.id),
      eq(metrics.parentId, metric.id),
      metric.parent ? eq(metrics.slug, metric.parent) : undefined,
      metric.parent ? eq(parentMetrics.slug, metric.parent) : undefined,
    ),
  );
  const relatedIds = related.map((m) => m.id);
  const checked = await withEveryDocument(
    await selectCheckedClaims()
      .where(and(inArray(claims.metricId, relatedIds), eq(claims.status, 'active')))
      .orderBy(claims.asOf, claims.id),
  );
  const ownIds = new Set(checked.filter((c) => c.metric === metric.slug).map((c) => c.id));
  const byClaim = new Map<number, Flag[]>();
  for (const flag of checkClaims(checked, related satisfies CheckedMetric[])) {
    for (const id of flag.claim_ids) {
      if (!ownIds.has(id)) continue;
      const onClaim = flagOnClaim(flag, id);
      const known = byClaim.get(id);
      if (known) known.push(onClaim);
      else byClaim.set(id, [onClaim]);
    }
  }
  return byClaim;
}
