import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db/client';
import { metrics, sources, topics } from '@/db/schema';
import { SEED_CLAIMS, SEED_METRICS, SEED_SOURCES, SEED_TOPICS } from '@/db/seed';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { writeClaims } from '@/lib/server/claims/mutations';
import { SYSTEM_ACTOR, recordCreated } from '@/lib/server/history/revisions';

/**
 * Stores the seed article's figures in an empty database, and does nothing to one that holds any
 * data at all. Only `npm start` calls it. Returns whether it seeded.
 */
export async function seedIfEmpty(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (await hasAnyData(tx)) return false;
    for (const topic of SEED_TOPICS) {
      const inserted = await tx.insert(topics).values(topic).returning();
      await recordCreated(tx, SYSTEM_ACTOR, 'topic', inserted);
    }
    for (const source of SEED_SOURCES) {
      const inserted = await tx.insert(sources).values(source).returning();
      await recordCreated(tx, SYSTEM_ACTOR, 'source', inserted);
    }
    await insertSeedMetrics(tx);
    await writeClaims(
      tx,
      SEED_CLAIMS.map((claim) => ClaimInput.parse(claim)),
      SYSTEM_ACTOR,
    );
    return true;
  });
}

async function hasAnyData(tx: Executor): Promise<boolean> {
  const [row] = await tx.all<{ found: number }>(sql`
    SELECT EXISTS (SELECT 1 FROM topics) OR EXISTS (SELECT 1 FROM metrics)
      OR EXISTS (SELECT 1 FROM sources) OR EXISTS (SELECT 1 FROM documents)
      OR EXISTS (SELECT 1 FROM claims) AS found`);
  return row?.found === 1;
}

async function insertSeedMetrics(tx: Executor): Promise<void> {
  const topicIds = new Map((await tx.select().from(topics)).map((t) => [t.slug, t.id]));
  const metricIds = new Map<string, number>();
  // Parents come before their parts in SEED_METRICS.
  for (const { topic, parent, ...metric } of SEED_METRICS) {
    const inserted = await tx
      .insert(metrics)
      .values({
        ...metric,
        topicId: idOf(topicIds, topic),
        parentId: parent === null ? null : idOf(metricIds, parent),
      })
      .returning();
    const row = await recordCreated(tx, SYSTEM_ACTOR, 'metric', inserted);
    metricIds.set(row.slug, row.id);
  }
}

function idOf(ids: Map<string, number>, slug: string): number {
  const id = ids.get(slug);
  if (id === undefined) throw new Error(`Seed data names '${slug}' before defining it`);
  return id;
}
