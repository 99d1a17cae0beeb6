import { eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { db } from '@/db/client';
import { claimRevisions } from '@/db/schema';
import { getClaim } from '@/lib/server/claims/queries';
import { seedIfEmpty } from '@/lib/server/seed';
import { createTestClaims, migrateTestDatabase } from '@/tests/support/test-database';

let serial = 0;

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
});

const report = (n: number) => ({
  metric: 'gaza-killed',
  as_of: `2025-07-0${n}`,
  url: `https://example.org/snapshot/${n}`,
  title: `Report ${n}`,
});

// A create snapshot is built from the batch's metrics, sources and documents, not read back
// through the joined select: both must give the same ClaimRow, key for key and in order.
test.each([
  [
    'a range with a claimant and a relay',
    { qualifier: 'range', value: '10', high: '20', claimant: 'sohr', via: 'sohr' },
  ],
  [
    'a hedged figure: implied bounds are not shown',
    { qualifier: 'about', value: '100', claimant: 'sohr' },
  ],
  [
    'explicit bounds are shown',
    { qualifier: 'about', value: '100', low: '80', high: '120', claimant: 'sohr' },
  ],
  [
    'an unattributed figure of a new metric with a parent',
    {
      value: '5',
      attribution: 'unattributed',
      metric: 'gaza-killed-medics',
      metric_name: 'Medics killed',
      topic: 'gaza-war',
      parent_metric: 'gaza-killed',
      notes: 'From a wire report',
    },
  ],
])('the create snapshot of %s is the claim as it is read', async (_, fields) => {
  serial += 1;
  const [outcome] = await createTestClaims([{ ...report(serial), ...fields }]);
  if (!outcome) throw new Error('nothing was written');
  const [revision] = await db
    .select({ snapshot: claimRevisions.snapshot })
    .from(claimRevisions)
    .where(eq(claimRevisions.claimId, outcome.id));
  expect(JSON.stringify(revision?.snapshot)).toBe(JSON.stringify(await getClaim(outcome.id)));
});
