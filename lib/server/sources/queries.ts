import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { claims, metrics, type Qualifier, type SourceKind, sources, topics } from '@/db/schema';

/** Who a source is, and how many active claims of others it relayed (as `via`). */
export type SourceProfile = {
  id: number;
  slug: string;
  name: string;
  kind: SourceKind;
  url: string | null;
  description: string | null;
  relayed: number;
};

/** The source a slug names, or null. One query: the relay count comes through claims_via_idx. */
export async function getSourceBySlug(slug: string): Promise<SourceProfile | null> {
  const [source] = await db
    .select({
      id: sources.id,
      slug: sources.slug,
      name: sources.name,
      kind: sources.kind,
      url: sources.url,
      description: sources.description,
      // Spelt out: in a one-table select Drizzle drops table names, and a bare "id" here would
      // be the claim's own id.
      relayed: sql<number>`(SELECT count(*) FROM claims
        WHERE claims.via_id = sources.id AND claims.status = 'active')`,
    })
    .from(sources)
    .where(eq(sources.slug, slug));
  return source ?? null;
}

/** A metric a source made claims on: how many, and its newest active figure (null if none). */
export type SourceMetric = {
  slug: string;
  name: string;
  unit: string;
  topic: { slug: string; title: string };
  active: number;
  retracted: number;
  latest: {
    id: number;
    value: number;
    qualifier: Qualifier;
    high: number | null;
    asOf: string;
  } | null;
};

export type SourceClaims = { active: number; retracted: number; metrics: SourceMetric[] };

/**
 * Every metric a source claimed a figure for, by topic title and metric name, with the source's
 * claim totals. One query: the source's claims come through claims_claimant_idx and are grouped
 * by window functions, so a source with claims on a thousand metrics costs no more round trips.
 */
export async function listSourceClaimsByMetric(sourceId: number): Promise<SourceClaims> {
  const byMetric = sql`PARTITION BY ${claims.metricId}`;
  const isActive = sql`${claims.status} = 'active'`;
  const ranked = db
    .select({
      id: claims.id,
      metricId: claims.metricId,
      value: claims.value,
      qualifier: claims.qualifier,
      high: claims.high,
      asOf: claims.asOf,
      status: claims.status,
      active: sql<number>`sum(${isActive}) OVER (${byMetric})`.as('active'),
      retracted: sql<number>`sum(NOT ${isActive}) OVER (${byMetric})`.as('retracted'),
      // Active claims first, so a metric's first row is its newest active figure when it has one.
      rank: sql<number>`row_number() OVER (${byMetric}
        ORDER BY ${isActive} DESC, ${claims.asOf} DESC, ${claims.id} DESC)`.as('rank'),
    })
    .from(claims)
    .where(eq(claims.claimantId, sourceId))
    .as('ranked');
  const rows = await db
    .select({
      slug: metrics.slug,
      name: metrics.name,
      unit: metrics.unit,
      topicSlug: topics.slug,
      topicTitle: topics.title,
      active: ranked.active,
      retracted: ranked.retracted,
      id: ranked.id,
      value: ranked.value,
      qualifier: ranked.qualifier,
      high: ranked.high,
      asOf: ranked.asOf,
      status: ranked.status,
    })
    .from(ranked)
    .innerJoin(metrics, eq(metrics.id, ranked.metricId))
    .innerJoin(topics, eq(topics.id, metrics.topicId))
    .where(eq(ranked.rank, 1))
    .orderBy(asc(topics.title), asc(metrics.name), asc(metrics.id));
  const list = rows.map(({ topicSlug, topicTitle, id, value, qualifier, high, asOf, ...row }) => ({
    slug: row.slug,
    name: row.name,
    unit: row.unit,
    topic: { slug: topicSlug, title: topicTitle },
    active: row.active,
    retracted: row.retracted,
    latest: row.status === 'active' ? { id, value, qualifier, high, asOf } : null,
  }));
  return {
    active: list.reduce((sum, m) => sum + m.active, 0),
    retracted: list.reduce((sum, m) => sum + m.retracted, 0),
    metrics: list,
  };
}
