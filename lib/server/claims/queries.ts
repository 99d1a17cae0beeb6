import 'server-only';
import { and, asc, desc, eq, gt, gte, inArray, lte, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { claimAppearances, claimRevisions, claims, documents, sources } from '@/db/schema';
import { type ClaimsQuery, encodeCursor } from '@/lib/claims/input/claims-query';
import type { ClaimRow } from '@/lib/claims/claim-row';
import { selectClaimRows, toClaimRow } from '@/lib/server/claims/rows';
import type {
  AppearanceJson,
  ClaimDetailJson,
  ClaimRevisionJson,
} from '@/lib/api/response-schemas';
import { FIRST_APPEARANCE_ORDER } from '@/lib/server/claims/appearances';
import { claimRevisionFromRow } from '@/lib/server/history/claim-revision';
import { findSource } from '@/lib/server/sources/match';

/** Each metric's latest active claim from each claimant (unattributed figures count as one). */
export async function listLatestClaims(metricIds: number[]): Promise<Map<string, ClaimRow[]>> {
  const latest = new Map<string, ClaimRow[]>();
  if (metricIds.length === 0) return latest;
  const ranked = db
    .select({
      id: claims.id,
      rank: sql<number>`row_number() OVER (PARTITION BY ${claims.metricId}, ${claims.claimantId} ORDER BY ${claims.asOf} DESC, ${claims.id} DESC)`.as(
        'rank',
      ),
    })
    .from(claims)
    .where(and(inArray(claims.metricId, metricIds), eq(claims.status, 'active')))
    .as('ranked');
  const ids = db.select({ id: ranked.id }).from(ranked).where(eq(ranked.rank, 1));
  const rows = await selectClaimRows(db)
    .where(inArray(claims.id, ids))
    .orderBy(desc(claims.asOf), asc(claims.id));
  for (const row of rows.map(toClaimRow)) {
    latest.set(row.metric, [...(latest.get(row.metric) ?? []), row]);
  }
  return latest;
}

export type ClaimsPage = { claims: ClaimRow[]; nextCursor: string | null };

/** One page of a metric's active claims in as_of order, from a cursor. */
export async function listClaimsForMetric(
  metricId: number,
  query: ClaimsQuery & { claimantId?: number },
): Promise<ClaimsPage> {
  const after = query.cursor;
  const rows = await selectClaimRows(db)
    .where(
      and(
        eq(claims.metricId, metricId),
        eq(claims.status, 'active'),
        query.from ? gte(claims.asOf, query.from) : undefined,
        query.to ? lte(claims.asOf, query.to) : undefined,
        query.claimantId === undefined ? undefined : eq(claims.claimantId, query.claimantId),
        after
          ? or(
              gt(claims.asOf, after.asOf),
              and(eq(claims.asOf, after.asOf), gt(claims.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(claims.asOf), asc(claims.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit).map(toClaimRow);
  const last = page.at(-1);
  return {
    claims: page,
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.as_of ?? '', last.id) : null,
  };
}

/** The id of the source a slug (or name, or alias) means; a merged source's is its survivor's. */
export async function getSourceIdBySlug(slug: string): Promise<number | null> {
  return (await findSource(db, slug))?.id ?? null;
}

export async function getClaim(id: number): Promise<ClaimRow | null> {
  const [row] = await selectClaimRows(db).where(eq(claims.id, id));
  return row ? toClaimRow(row) : null;
}

/** One claim with every document it appeared in (GET /api/claims/[id]), or null. */
export async function getClaimDetail(id: number): Promise<ClaimDetailJson | null> {
  const [claim, entry, appearances] = await Promise.all([
    getClaim(id),
    db.select({ mergedInto: claims.mergedInto }).from(claims).where(eq(claims.id, id)),
    listAppearances(id),
  ]);
  if (!claim) return null;
  return { ...claim, merged_into: entry[0]?.mergedInto ?? null, appearances };
}

/** Every document a claim appeared in, its first appearance first. */
export async function listAppearances(claimId: number): Promise<AppearanceJson[]> {
  return (await listAppearancesOf([claimId])).get(claimId) ?? [];
}

/** The appearances of many claims, by claim id, in one query per few hundred claims. */
export async function listAppearancesOf(
  claimIds: readonly number[],
): Promise<Map<number, AppearanceJson[]>> {
  const byClaim = new Map<number, AppearanceJson[]>();
  for (let start = 0; start < claimIds.length; start += 500) {
    const rows = await db
      .select({
        claimId: claimAppearances.claimId,
        documentId: documents.id,
        url: documents.url,
        title: documents.title,
        publisher: documents.publisher,
        byline: documents.byline,
        publishedOn: documents.publishedOn,
        archiveUrl: documents.archiveUrl,
        quote: claimAppearances.quote,
        via: sources.name,
        attribution: claimAppearances.attribution,
        createdAt: claimAppearances.createdAt,
      })
      .from(claimAppearances)
      .innerJoin(documents, eq(documents.id, claimAppearances.documentId))
      .leftJoin(sources, eq(sources.id, claimAppearances.viaId))
      .where(inArray(claimAppearances.claimId, claimIds.slice(start, start + 500)))
      .orderBy(asc(claimAppearances.claimId), ...FIRST_APPEARANCE_ORDER);
    for (const row of rows) {
      const list = byClaim.get(row.claimId) ?? [];
      list.push({
        document_id: row.documentId,
        url: row.url,
        title: row.title,
        publisher: row.publisher,
        byline: row.byline,
        published_on: row.publishedOn,
        archive_url: row.archiveUrl,
        quote: row.quote,
        via: row.via,
        attribution: row.attribution,
        first: list.length === 0,
        entered_at: row.createdAt.toISOString(),
      });
      byClaim.set(row.claimId, list);
    }
  }
  return byClaim;
}

export async function listClaimRevisions(claimId: number): Promise<ClaimRevisionJson[]> {
  const rows = await db
    .select()
    .from(claimRevisions)
    .where(eq(claimRevisions.claimId, claimId))
    .orderBy(asc(claimRevisions.id));
  return rows.map(claimRevisionFromRow);
}
