import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { claimAppearances, claims, documents, metrics } from '@/db/schema';
import { type DocumentEdit, type MetricEdit, thresholdAsPercent } from '@/lib/catalog/inputs';
import type { FormValues } from '@/lib/forms';
import { listMetrics } from '@/lib/server/metrics/queries';

/** A metric as its edit form opens: the stored values as typed text, and the wholes it may join. */
export type MetricEditForm = {
  id: number;
  slug: string;
  name: string;
  values: FormValues;
  // Every metric but this one and its parts: the server refuses those anyway (no cycles).
  parents: { slug: string; name: string; topic: string }[];
};

export async function loadMetricEditForm(slug: string): Promise<MetricEditForm | null> {
  const [row] = await db.select().from(metrics).where(eq(metrics.slug, slug));
  if (!row) return null;
  const all = await listMetrics();
  const parentSlug = all.find((m) => m.id === row.parentId)?.slug ?? '';
  const values: Record<keyof MetricEdit, string> = {
    name: row.name,
    description: row.description ?? '',
    unit: row.unit,
    kind: row.kind,
    parent: parentSlug,
    parts_complete: row.isPartsComplete ? 'on' : '',
    divergence_threshold:
      row.divergenceThreshold === null ? '' : thresholdAsPercent(row.divergenceThreshold),
  };
  const parts = partsOf(row.slug, all);
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    values,
    parents: all
      .filter((m) => m.slug !== row.slug && !parts.has(m.slug))
      .map(({ slug, name, topic }) => ({ slug, name, topic })),
  };
}

/** The slugs of a metric's parts, their parts, and so on. */
function partsOf(slug: string, all: readonly { slug: string; parent: string | null }[]) {
  const found = new Set<string>();
  for (let frontier = [slug]; frontier.length > 0;) {
    frontier = all
      .filter((m) => m.parent !== null && frontier.includes(m.parent) && !found.has(m.slug))
      .map((m) => m.slug);
    frontier.forEach((s) => found.add(s));
  }
  return found;
}

/** A document as its edit form opens: the stored values as typed text. */
export type DocumentEditForm = { id: number; heading: string; values: FormValues };

export async function loadDocumentEditForm(documentId: number): Promise<DocumentEditForm | null> {
  const [row] = await db.select().from(documents).where(eq(documents.id, documentId));
  if (!row) return null;
  const values: Record<keyof DocumentEdit, string> = {
    url: row.url ?? '',
    title: row.title ?? '',
    publisher: row.publisher ?? '',
    byline: row.byline ?? '',
    published_on: row.publishedOn ?? '',
    retrieved_on: row.retrievedOn ?? '',
    archive_url: row.archiveUrl ?? '',
  };
  return { id: row.id, heading: documentHeading(row), values };
}

/** A document as a heading names it: its title, else its link, else its number. */
export function documentHeading(row: { id: number; title: string | null; url: string | null }) {
  return row.title ?? row.url ?? `Document ${row.id}`;
}

/**
 * The documents a claim appeared in, its first one first, each with a heading; empty for an
 * unknown claim. The claim row names its first document; claim_appearances names the others.
 */
export async function listClaimDocuments(
  claimId: number,
): Promise<{ id: number; heading: string }[]> {
  const [claim] = await db
    .select({ documentId: claims.documentId })
    .from(claims)
    .where(eq(claims.id, claimId));
  if (!claim) return [];
  const rows = await db
    .select({ id: documents.id, title: documents.title, url: documents.url })
    .from(claimAppearances)
    .innerJoin(documents, eq(documents.id, claimAppearances.documentId))
    .where(eq(claimAppearances.claimId, claimId))
    .orderBy(asc(claimAppearances.id));
  const [first] = await db
    .select({ id: documents.id, title: documents.title, url: documents.url })
    .from(documents)
    .where(eq(documents.id, claim.documentId));
  const all = [...(first ? [first] : []), ...rows.filter((r) => r.id !== claim.documentId)];
  return all.map((row) => ({ id: row.id, heading: documentHeading(row) }));
}
