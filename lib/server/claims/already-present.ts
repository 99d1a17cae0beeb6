import 'server-only';
import { and, between, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { CLAIM_STATUSES, claims } from '@/db/schema';
import type { ClaimColumns } from '@/lib/server/claims/input-columns';

type ClaimIdentity = Pick<
  ClaimColumns,
  'metricId' | 'claimantId' | 'asOf' | 'value' | 'qualifier' | 'documentId'
>;

/** What makes a claim "already present" (DESIGN.md): metric, claimant, as_of, value, qualifier, document. */
export const claimIdentity = (row: ClaimIdentity): string =>
  [row.metricId, row.claimantId ?? '', row.asOf, row.value, row.qualifier, row.documentId].join(
    '|',
  );

/** The stored claims among these rows, by identity: one query per metric, through its as_of index. */
export async function findPresentClaims(
  tx: Executor,
  rows: readonly ClaimIdentity[],
): Promise<Map<string, number>> {
  const stored = new Map<string, number>();
  for (const metricId of new Set(rows.map((r) => r.metricId))) {
    const days = rows.filter((r) => r.metricId === metricId).map((r) => r.asOf);
    const found = await tx
      .select({
        id: claims.id,
        metricId: claims.metricId,
        claimantId: claims.claimantId,
        asOf: claims.asOf,
        value: claims.value,
        qualifier: claims.qualifier,
        documentId: claims.documentId,
      })
      .from(claims)
      .where(
        and(
          eq(claims.metricId, metricId),
          // Both statuses, named, so SQLite can use the (metric, status, as_of) index for the range.
          inArray(claims.status, [...CLAIM_STATUSES]),
          between(
            claims.asOf,
            days.reduce((a, b) => (a < b ? a : b)),
            days.reduce((a, b) => (a > b ? a : b)),
          ),
        ),
      );
    for (const row of found) stored.set(claimIdentity(row), row.id);
  }
  return stored;
}
