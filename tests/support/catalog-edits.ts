// Shared by the catalog edit tests: a seeded database with an editor, and builders that create
// metrics, sources and documents the way an import does, through a claim that names them.
import { count, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { db } from '@/db/client';
import { claims, dataVersion, documents, metrics, recordRevisions, sources } from '@/db/schema';
import { InputError } from '@/lib/errors';
import type { Actor } from '@/lib/server/history/revisions';
import { seedIfEmpty } from '@/lib/server/seed';
import {
  createTestClaims,
  createTestEditor,
  found,
  migrateTestDatabase,
} from '@/tests/support/test-database';

let serial = 0;

/** Migrates and seeds this test file's database; returns the editor its edits are made as. */
export async function setUpCatalogEdits(): Promise<Actor> {
  await migrateTestDatabase();
  await seedIfEmpty(db);
  return createTestEditor('catalog@example.org');
}

/** A claim of its own, creating the metric, source and document it names, as an import would. */
export async function newClaim(fields: Record<string, string>): Promise<number> {
  serial += 1;
  const [outcome] = await createTestClaims([
    {
      metric: 'gaza-killed',
      value: String(1000 + serial),
      as_of: '2025-06-01',
      attribution: 'unattributed',
      url: `https://example.org/report/${serial}`,
      title: `Report ${serial}`,
      ...fields,
    },
  ]);
  return found(outcome, 'write outcome').id;
}

export async function metricBySlug(slug: string) {
  const [row] = await db.select().from(metrics).where(eq(metrics.slug, slug));
  return found(row, `metric ${slug}`);
}

/** A new metric (with a claim on it), optionally part of another. */
export async function newMetric(slug: string, parent?: string) {
  await newClaim({
    metric: slug,
    metric_name: `Metric ${slug}`,
    topic: 'gaza-war',
    ...(parent ? { parent_metric: parent } : {}),
  });
  return metricBySlug(slug);
}

export async function newSource(name: string) {
  await newClaim({ claimant: name, claimant_kind: 'ngo', attribution: 'reported' });
  const [row] = await db.select().from(sources).where(eq(sources.name, name));
  return found(row, `source ${name}`);
}

export async function newDocument(fields: Record<string, string>) {
  const claimId = await newClaim(fields);
  const [claim] = await db.select().from(claims).where(eq(claims.id, claimId));
  const documentId = found(claim, `claim ${claimId}`).documentId;
  const [row] = await db.select().from(documents).where(eq(documents.id, documentId));
  return found(row, `document ${documentId}`);
}

/** Everything a failed or empty edit must leave as it was. */
export async function state() {
  const [version] = await db.select().from(dataVersion).where(eq(dataVersion.id, 1));
  const [revisions] = await db.select({ n: count() }).from(recordRevisions);
  const [claimCount] = await db.select({ n: count() }).from(claims);
  return {
    version: version?.version ?? 0,
    recordRevisions: revisions?.n,
    claims: claimCount?.n,
    metrics: await db.select().from(metrics),
    sources: await db.select().from(sources),
    documents: await db.select().from(documents),
  };
}

/** The fields an edit was refused for; the test fails when it was not refused as bad input. */
export async function failedFields(write: Promise<unknown>): Promise<string[]> {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error instanceof InputError ? Object.keys(error.fields) : [];
}
