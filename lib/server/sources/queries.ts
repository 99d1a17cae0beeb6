import 'server-only';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { type Executor, db } from '@/db/client';
import {
  type Qualifier,
  type SourceKind,
  claims,
  metrics,
  sourceAliases,
  sources,
  topics,
} from '@/db/schema';
import type { SourceJson } from '@/lib/api/response-schemas';
import { findSource, findSourceBySlug } from '@/lib/server/sources/match';

/** Who a source is, its other names, and how many active claims of others it relayed (as `via`). */
export type SourceProfile = {
  id: number;
  slug: string;
  name: string;
  kind: SourceKind;
  url: string | null;
  description: string | null;
  aliases: string[];
  relayed: number;
};

/**
 * The source a slug means (or a name or alias: lib/server/sources/match.ts), or null. A merged
 * source's slug gives the source it was merged into: compare the slugs to redirect.
 */
export async function getSourceBySlug(slug: string): Promise<SourceProfile | null> {
  const match = await findSource(db, slug);
  if (!match) return null;
  const [[source], aliases] = await Promise.all([
    db
      .select({
        id: sources.id,
        slug: sources.slug,
        name: sources.name,
        kind: sources.kind,
        url: sources.url,
        description: sources.description,
        // Spelt out: in a one-table select Drizzle drops table names, and a bare "id" here would
        // be the claim's own id. A claim counts once however many of its documents name the
        // source as the relay (claim_appearances_via_idx finds them).
        relayed: sql<number>`(SELECT count(*) FROM claims WHERE claims.status = 'active'
          AND claims.id IN (SELECT claim_appearances.claim_id FROM claim_appearances
            WHERE claim_appearances.via_id = sources.id))`,
      })
      .from(sources)
      .where(eq(sources.id, match.id)),
    listSourceAliases(db, match.id),
  ]);
  return source ? { ...source, aliases } : null;
}

/** A source's other names, in the order they were added. */
export async function listSourceAliases(tx: Executor, sourceId: number): Promise<string[]> {
  const rows = await tx
    .select({ name: sourceAliases.name })
    .from(sourceAliases)
    .where(eq(sourceAliases.sourceId, sourceId))
    .orderBy(asc(sourceAliases.id));
  return rows.map((row) => row.name);
}

/** The sources merged into this one, by name: their own pages lead here, their histories stay. */
export async function listMergedSources(
  sourceId: number,
): Promise<{ id: number; slug: string; name: string }[]> {
  return db
    .select({ id: sources.id, slug: sources.slug, name: sources.name })
    .from(sources)
    .where(eq(sources.mergedInto, sourceId))
    .orderBy(asc(sources.name));
}

/**
 * The source whose own slug this is, as GET /api/sources/[slug] shows it: a merged source answers
 * with its own record and the slug it was merged into. Null for an unknown slug.
 */
export async function getSourceRecord(slug: string): Promise<SourceJson | null> {
  const found = await findSourceBySlug(db, slug);
  if (!found) return null;
  const [[row], aliases] = await Promise.all([
    db.select().from(sources).where(eq(sources.id, found.id)),
    listSourceAliases(db, found.id),
  ]);
  if (!row) return null;
  return {
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    description: row.description,
    url: row.url,
    aliases,
    merged_into: found.mergedInto?.slug ?? null,
  };
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
  const isRetracted = sql`${claims.status} = 'retracted'`;
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
      retracted: sql<number>`sum(${isRetracted}) OVER (${byMetric})`.as('retracted'),
      // Active claims first, so a metric's first row is its newest active figure when it has one.
      rank: sql<number>`row_number() OVER (${byMetric}
        ORDER BY ${isActive} DESC, ${claims.asOf} DESC, ${claims.id} DESC)`.as('rank'),
    })
    .from(claims)
    // A merged claim lives on in another claim: it is neither a figure of its own nor retracted.
    .where(and(eq(claims.claimantId, sourceId), ne(claims.status, 'merged')))
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
