// Shared by the entry-check tests: the seed plus a few Gaza figures of October 2023 to contradict,
// and entering a claim given by its CSV columns.
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { claims, metrics } from '@/db/schema';
import type { Flag } from '@/lib/claims/checks';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { checkClaimAtEntry } from '@/lib/server/claims/entry-checks';
import { seedIfEmpty } from '@/lib/server/seed';
import { createTestClaims, migrateTestDatabase } from '@/tests/support/test-database';

export { SYRIA_QUOTE } from '@/tests/support/checked-claims';

export const MOH = 'Gaza Ministry of Health';
export const GMO = 'Gaza Government Media Office';
export const DATASET = 'https://data.techforpalestine.org/api/v2/casualties_daily.json';

/** A raw claim keyed by the CSV columns, as gaza-first90.csv holds them, with a quote of its own. */
const raw = (metric: string, claimant: string, as_of: string, value: number, extra = {}) => ({
  topic: 'gaza-war',
  metric,
  metric_name: metric,
  metric_kind: 'cumulative',
  parent_metric: metric === 'gaza-killed' ? '' : 'gaza-killed',
  value: String(value),
  as_of,
  claimant,
  claimant_kind: claimant === MOH ? 'ministry' : 'government',
  url: DATASET,
  title: 'Daily casualties dataset',
  quote: `${value} reported`,
  ...extra,
});

/** Migrates and seeds this test file's database with the figures the checks are run against. */
export async function setUpEntryChecks(): Promise<void> {
  await migrateTestDatabase();
  await seedIfEmpty(db);
  await createTestClaims([
    raw('gaza-killed-women', MOH, '2023-10-12', 276),
    raw('gaza-killed', GMO, '2023-10-17', 3000),
    raw('gaza-killed-children', GMO, '2023-10-17', 940),
    raw('gaza-killed-women', GMO, '2023-10-17', 1032),
    raw('gaza-killed', MOH, '2023-10-19', 3785),
    raw('gaza-killed-children', MOH, '2023-10-19', 1524),
    raw('gaza-killed-women', MOH, '2023-10-19', 1000),
    // Retracted, so no check may see it: it would hide the fall from 1,000 to 967.
    raw('gaza-killed-women', MOH, '2023-10-20', 500, { status: 'retracted' }),
    raw('gaza-killed-women', MOH, '2023-10-22', 1023),
    raw('gaza-killed', GMO, '2025-03-10', 10, { status: 'retracted' }),
  ]);
}

/** A bulletin of its own: a figure entered from the stored figures' dataset could conflict. */
export const BULLETIN = { url: 'https://example.org/moh/bulletin', title: 'Ministry bulletin' };

/** The entered claim's warnings; it comes from BULLETIN unless `fields` name a document. */
export const enter = (fields: Record<string, string | number>, replacingClaimId?: number) =>
  checkClaimAtEntry(
    ClaimInput.parse(
      raw(
        String(fields.metric),
        String(fields.claimant ?? MOH),
        String(fields.as_of),
        Number(fields.value),
        { ...BULLETIN, ...fields },
      ),
    ),
    { replacingClaimId },
  );
export const summary = (flags: Flag[]) =>
  flags.map((flag) => [flag.check, flag.claim_ids, flag.dates]);
export const idOf = async (metric: string, value: number, asOf: string): Promise<number> => {
  const [row] = await db
    .select({ id: claims.id })
    .from(claims)
    .innerJoin(metrics, eq(metrics.id, claims.metricId))
    .where(and(eq(metrics.slug, metric), eq(claims.value, value), eq(claims.asOf, asOf)));
  if (!row) throw new Error(`no ${metric} claim of ${value} on ${asOf}`);
  return row.id;
};

export const women = { metric: 'gaza-killed-women' };
