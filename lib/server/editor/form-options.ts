import 'server-only';
import { asc } from 'drizzle-orm';
import { db } from '@/db/client';
import { sources, topics } from '@/db/schema';
import { listMetrics } from '@/lib/server/metrics/queries';

/** What the claim form's selects offer: plain objects a client component can take. */
export type ClaimFormOptions = {
  metrics: { slug: string; name: string; topic: string }[];
  topics: { slug: string; title: string }[];
  sources: { slug: string; name: string }[];
};

/** What the claim form's selects offer: every metric, topic and source. */
export async function loadClaimFormOptions(): Promise<ClaimFormOptions> {
  const [metricRows, topicRows, sourceRows] = await Promise.all([
    listMetrics(),
    db.select({ slug: topics.slug, title: topics.title }).from(topics).orderBy(asc(topics.title)),
    db.select({ slug: sources.slug, name: sources.name }).from(sources).orderBy(asc(sources.name)),
  ]);
  return {
    metrics: metricRows.map(({ slug, name, topic }) => ({ slug, name, topic })),
    topics: topicRows,
    sources: sourceRows,
  };
}
