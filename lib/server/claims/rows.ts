import 'server-only';
import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Executor } from '@/db/client';
import { claims, documents, metrics, sources, topics } from '@/db/schema';
import { qualifierInterval } from '@/lib/claims/rules/qualifier';

/**
 * A stored claim as the outside world sees it: the CSV columns (names, not ids; null for blanks)
 * plus its id and its claimant's slug. The API, both exports and every revision snapshot use this one shape.
 */
export type ClaimRow = Omit<SelectedRow, 'hasExplicitBounds'>;

const parents = alias(metrics, 'parent_metrics');
export const claimants = alias(sources, 'claimants');
const relays = alias(sources, 'relays');

/** A select of every ClaimRow column; callers add where, order and limit. */
export function selectClaimRows(db: Executor) {
  return db
    .select({
      id: claims.id,
      topic: topics.slug,
      metric: metrics.slug,
      metric_name: metrics.name,
      unit: metrics.unit,
      metric_kind: metrics.kind,
      parent_metric: parents.slug,
      value: claims.value,
      qualifier: claims.qualifier,
      low: claims.low,
      high: claims.high,
      hasExplicitBounds: claims.hasExplicitBounds,
      as_of: claims.asOf,
      period_start: claims.periodStart,
      period_end: claims.periodEnd,
      claimant: claimants.name,
      // Not a CSV column: links and filters name sources by slug.
      claimant_slug: claimants.slug,
      claimant_kind: claimants.kind,
      claimant_description: claimants.description,
      via: relays.name,
      attribution: claims.attribution,
      stated_on: claims.statedOn,
      url: documents.url,
      title: documents.title,
      publisher: documents.publisher,
      byline: documents.byline,
      published_on: documents.publishedOn,
      archive_url: documents.archiveUrl,
      quote: claims.quote,
      notes: claims.notes,
      status: claims.status,
    })
    .from(claims)
    .innerJoin(metrics, eq(metrics.id, claims.metricId))
    .innerJoin(topics, eq(topics.id, metrics.topicId))
    .leftJoin(parents, eq(parents.id, metrics.parentId))
    .leftJoin(claimants, eq(claimants.id, claims.claimantId))
    .leftJoin(relays, eq(relays.id, claims.viaId))
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .$dynamic();
}

type SelectedRow = Awaited<ReturnType<ReturnType<typeof selectClaimRows>['all']>>[number];

/**
 * Drops the stored interval unless it carries information of its own: low/high are written only
 * for a range or for bounds an editor gave, so export → import → export gives the same bytes.
 */
export function toClaimRow({ hasExplicitBounds, ...row }: SelectedRow): ClaimRow {
  const showsBounds = row.qualifier === 'range' || hasExplicitBounds;
  return { ...row, low: showsBounds ? row.low : null, high: showsBounds ? row.high : null };
}

/** The interval a row means, from its qualifier and any bounds it states. */
export function rowInterval(row: Pick<ClaimRow, 'qualifier' | 'value' | 'low' | 'high'>) {
  return qualifierInterval(row.qualifier, row.value, { low: row.low, high: row.high });
}
