import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { type SQLiteSelect, alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db/client';
import { metrics, topics } from '@/db/schema';
import type { MetricJson } from '@/lib/api/response-schemas';

/** The whole a metric is a part of, as withMetricNames joins it. */
export const parentMetrics = alias(metrics, 'parent_metrics');

/**
 * Joins a select that reads metrics to what names a metric beside its own columns: its topic and
 * (left) the whole it is a part of, as parentMetrics. Pages, the API, claim rows and the checks
 * all name metrics through it.
 */
export function withMetricNames<Q extends SQLiteSelect>(query: Q) {
  return query
    .innerJoin(topics, eq(topics.id, metrics.topicId))
    .leftJoin(parentMetrics, eq(parentMetrics.id, metrics.parentId));
}

function selectMetrics() {
  const query = db
    .select({
      id: metrics.id,
      slug: metrics.slug,
      name: metrics.name,
      topic: topics.slug,
      unit: metrics.unit,
      kind: metrics.kind,
      parent: parentMetrics.slug,
      description: metrics.description,
      parts_complete: metrics.isPartsComplete,
    })
    .from(metrics);
  return withMetricNames(query.$dynamic());
}

export type MetricWithId = MetricJson & { id: number };

export async function getMetricBySlug(slug: string): Promise<MetricWithId | null> {
  const [metric] = await selectMetrics().where(eq(metrics.slug, slug));
  return metric ?? null;
}

/** What a metric page names around the metric: its topic's title and the name of its whole. */
export async function getMetricContext(
  metricId: number,
): Promise<{ topicTitle: string; parentName: string | null }> {
  const query = db
    .select({ topicTitle: topics.title, parentName: parentMetrics.name })
    .from(metrics);
  const [row] = await withMetricNames(query.$dynamic()).where(eq(metrics.id, metricId));
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
