import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db/client';
import { metrics, topics } from '@/db/schema';

const parents = alias(metrics, 'parent_metrics');

/** A metric as the API and pages show it. */
export type MetricSummary = {
  slug: string;
  name: string;
  topic: string;
  unit: string;
  kind: 'cumulative' | 'count';
  parent: string | null;
  description: string | null;
  parts_complete: boolean;
};

function selectMetrics() {
  return db
    .select({
      id: metrics.id,
      slug: metrics.slug,
      name: metrics.name,
      topic: topics.slug,
      unit: metrics.unit,
      kind: metrics.kind,
      parent: parents.slug,
      description: metrics.description,
      parts_complete: metrics.isPartsComplete,
    })
    .from(metrics)
    .innerJoin(topics, eq(topics.id, metrics.topicId))
    .leftJoin(parents, eq(parents.id, metrics.parentId))
    .$dynamic();
}

export type MetricWithId = MetricSummary & { id: number };

export async function getMetricBySlug(slug: string): Promise<MetricWithId | null> {
  const [metric] = await selectMetrics().where(eq(metrics.slug, slug));
  return metric ?? null;
}

/** What a metric page names around the metric: its topic's title and the name of its whole. */
export async function getMetricContext(
  metricId: number,
): Promise<{ topicTitle: string; parentName: string | null }> {
  const [row] = await db
    .select({ topicTitle: topics.title, parentName: parents.name })
    .from(metrics)
    .innerJoin(topics, eq(topics.id, metrics.topicId))
    .leftJoin(parents, eq(parents.id, metrics.parentId))
    .where(eq(metrics.id, metricId));
  return row ?? { topicTitle: '', parentName: null };
}

export async function listMetrics(): Promise<MetricWithId[]> {
  return selectMetrics().orderBy(asc(topics.slug), asc(metrics.slug));
}

export type TopicWithMetrics = {
  slug: string;
  title: string;
  description: string | null;
  metrics: MetricWithId[];
};

/** Every topic with its metrics, parents before their parts. */
export async function listTopicsWithMetrics(): Promise<TopicWithMetrics[]> {
  const [topicRows, metricRows] = await Promise.all([
    db.select().from(topics).orderBy(asc(topics.title)),
    listMetrics(),
  ]);
  return topicRows.map((topic) => ({
    slug: topic.slug,
    title: topic.title,
    description: topic.description,
    metrics: metricRows.filter((m) => m.topic === topic.slug),
  }));
}
