import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Executor } from '@/db/client';
import { type claims, documents, metrics, sources, topics } from '@/db/schema';
import type { ClaimRow } from '@/lib/server/claims/rows';

const parents = alias(metrics, 'parent_metrics');

type ClaimColumns = typeof claims.$inferInsert & { id: number };

/**
 * Builds the ClaimRow snapshots of freshly inserted claims from what they point to, read once per
 * batch, instead of joining six tables again for every claim: a bulk import writes thousands.
 */
export async function snapshotsOf(
  tx: Executor,
  rows: readonly ClaimColumns[],
): Promise<ClaimRow[]> {
  const unique = (ids: (number | null | undefined)[]) => [
    ...new Set(ids.filter((id): id is number => id != null)),
  ];
  const [metricRows, sourceRows, documentRows] = await Promise.all([
    tx
      .select({
        id: metrics.id,
        topic: topics.slug,
        metric: metrics.slug,
        metric_name: metrics.name,
        unit: metrics.unit,
        metric_kind: metrics.kind,
        parent_metric: parents.slug,
      })
      .from(metrics)
      .innerJoin(topics, eq(topics.id, metrics.topicId))
      .leftJoin(parents, eq(parents.id, metrics.parentId))
      .where(inArray(metrics.id, unique(rows.map((r) => r.metricId)))),
    tx
      .select()
      .from(sources)
      .where(inArray(sources.id, unique(rows.flatMap((r) => [r.claimantId, r.viaId])))),
    tx
      .select()
      .from(documents)
      .where(inArray(documents.id, unique(rows.map((r) => r.documentId)))),
  ]);
  const metricById = new Map(metricRows.map((m) => [m.id, m]));
  const sourceById = new Map(sourceRows.map((s) => [s.id, s]));
  const documentById = new Map(documentRows.map((d) => [d.id, d]));

  return rows.map((row) => {
    const { id: _metricId, ...metric } = required(metricById.get(row.metricId), 'metric');
    const document = required(documentById.get(row.documentId), 'document');
    const claimant = row.claimantId == null ? undefined : sourceById.get(row.claimantId);
    const showsBounds = row.qualifier === 'range' || row.hasExplicitBounds === true;
    return {
      id: row.id,
      ...metric,
      value: row.value,
      qualifier: row.qualifier ?? 'exact',
      low: showsBounds ? (row.low ?? null) : null,
      high: showsBounds ? (row.high ?? null) : null,
      as_of: row.asOf,
      period_start: row.periodStart ?? null,
      period_end: row.periodEnd ?? null,
      claimant: claimant?.name ?? null,
      claimant_slug: claimant?.slug ?? null,
      claimant_kind: claimant?.kind ?? null,
      claimant_description: claimant?.description ?? null,
      via: row.viaId == null ? null : (sourceById.get(row.viaId)?.name ?? null),
      attribution: row.attribution ?? 'reported',
      stated_on: row.statedOn ?? null,
      url: document.url,
      title: document.title,
      publisher: document.publisher,
      byline: document.byline,
      published_on: document.publishedOn,
      archive_url: document.archiveUrl,
      quote: row.quote ?? null,
      notes: row.notes ?? null,
      status: row.status ?? 'active',
    };
  });
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`A new claim points to a ${what} that is not there`);
  return value;
}
