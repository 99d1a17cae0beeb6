import 'server-only';
import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Executor } from '@/db/client';
import { claims, documents, metrics, sources, topics } from '@/db/schema';
import type { ClaimRow } from '@/lib/claims/claim-row';
import { showsStoredBounds } from '@/lib/claims/rules/intervals';
import { parentMetrics, withMetricNames } from '@/lib/server/metrics/queries';

export const claimants = alias(sources, 'claimants');
const relays = alias(sources, 'relays');

/** A claim's metric as a ClaimRow names it, from metrics joined to their topic and parent. */
const CLAIM_ROW_METRIC = {
  topic: topics.slug,
  metric: metrics.slug,
  metric_name: metrics.name,
  unit: metrics.unit,
  metric_kind: metrics.kind,
  parent_metric: parentMetrics.slug,
};

/** A select of every ClaimRow column, by part; callers add where, order and limit, then toClaimRow. */
export function selectClaimRows(db: Executor) {
  const query = db
    .select({
      claim: {
        id: claims.id,
        value: claims.value,
        qualifier: claims.qualifier,
        low: claims.low,
        high: claims.high,
        hasExplicitBounds: claims.hasExplicitBounds,
        asOf: claims.asOf,
        periodStart: claims.periodStart,
        periodEnd: claims.periodEnd,
        attribution: claims.attribution,
        statedOn: claims.statedOn,
        quote: claims.quote,
        notes: claims.notes,
        status: claims.status,
        appearanceCount: claims.appearanceCount,
      },
      metric: CLAIM_ROW_METRIC,
      claimant: {
        name: claimants.name,
        slug: claimants.slug,
        kind: claimants.kind,
        description: claimants.description,
      },
      via: relays.name,
      document: {
        url: documents.url,
        title: documents.title,
        publisher: documents.publisher,
        byline: documents.byline,
        publishedOn: documents.publishedOn,
        archiveUrl: documents.archiveUrl,
      },
    })
    .from(claims)
    .innerJoin(metrics, eq(metrics.id, claims.metricId));
  return withMetricNames(query.$dynamic())
    .leftJoin(claimants, eq(claimants.id, claims.claimantId))
    .leftJoin(relays, eq(relays.id, claims.viaId))
    .innerJoin(documents, eq(documents.id, claims.documentId));
}

/** Metrics by id as ClaimRow names them (`part`), for building rows without a join per claim. */
export function selectClaimRowMetrics(db: Executor) {
  const query = db.select({ id: metrics.id, part: CLAIM_ROW_METRIC }).from(metrics);
  return withMetricNames(query.$dynamic());
}

/** What a ClaimRow is made of: the claim's own columns and the names of the rows it points to. */
export type ClaimRowParts = Awaited<ReturnType<typeof selectClaimRows>>[number];

/**
 * The one place a ClaimRow is shaped. The API, both exports and every revision snapshot use it,
 * and its key order is the order of their JSON. Low/high are shown only when they say
 * more than the qualifier (showsStoredBounds), so export → import → export gives the same bytes.
 */
export function toClaimRow({ claim, metric, claimant, via, document }: ClaimRowParts): ClaimRow {
  const showsBounds = showsStoredBounds(claim.qualifier, claim.hasExplicitBounds);
  return {
    id: claim.id,
    topic: metric.topic,
    metric: metric.metric,
    metric_name: metric.metric_name,
    unit: metric.unit,
    metric_kind: metric.metric_kind,
    parent_metric: metric.parent_metric,
    value: claim.value,
    qualifier: claim.qualifier,
    low: showsBounds ? claim.low : null,
    high: showsBounds ? claim.high : null,
    as_of: claim.asOf,
    period_start: claim.periodStart,
    period_end: claim.periodEnd,
    claimant: claimant?.name ?? null,
    // Not a CSV column: links and filters name sources by slug.
    claimant_slug: claimant?.slug ?? null,
    claimant_kind: claimant?.kind ?? null,
    claimant_description: claimant?.description ?? null,
    via,
    attribution: claim.attribution,
    stated_on: claim.statedOn,
    url: document.url,
    title: document.title,
    publisher: document.publisher,
    byline: document.byline,
    published_on: document.publishedOn,
    archive_url: document.archiveUrl,
    quote: claim.quote,
    notes: claim.notes,
    status: claim.status,
    appearance_count: claim.appearanceCount,
  };
}
