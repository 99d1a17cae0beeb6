import 'server-only';
import { eq } from 'drizzle-orm';
import { claims } from '@/db/schema';
import { type Flag, checkClaims } from '@/lib/claims/checks';
import {
  selectCheckedClaims,
  selectCheckedMetrics,
  withEveryDocument,
} from '@/lib/server/claims/check-inputs';

/**
 * Every flag of DESIGN.md's checks over the whole database, as `check` reports them; a conflict
 * is looked for in every document a claim appeared in.
 */
export async function listAllFlags(): Promise<Flag[]> {
  const [metricRows, claimRows] = await Promise.all([
    selectCheckedMetrics(),
    selectCheckedClaims()
      .where(eq(claims.status, 'active'))
      .orderBy(claims.metricId, claims.asOf, claims.id),
  ]);
  return checkClaims(await withEveryDocument(claimRows), metricRows);
}
