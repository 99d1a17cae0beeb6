import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { claimAppearances, claims } from '@/db/schema';
import { DocumentEdit, MetricEdit } from '@/lib/catalog/inputs';
import { editDocument, editMetric } from '@/lib/server/catalog/edits';
import {
  listClaimDocuments,
  loadDocumentEditForm,
  loadMetricEditForm,
} from '@/lib/server/catalog/edit-forms';
import type { Actor } from '@/lib/server/history/revisions';
import { newClaim, newDocument, newMetric, setUpCatalogEdits } from '@/tests/support/catalog-edits';
import { found } from '@/tests/support/test-database';

let editor: Actor;

beforeAll(async () => {
  editor = await setUpCatalogEdits();
});

describe('loadMetricEditForm', () => {
  test('opens with the stored values as typed, the threshold as a percentage', async () => {
    const metric = await newMetric('f-part', 'gaza-killed');
    await editMetric(
      metric.id,
      MetricEdit.parse({
        name: 'Part',
        unit: 'people',
        kind: 'cumulative',
        parent: 'gaza-killed',
        parts_complete: 'on',
        divergence_threshold: '12.5',
      }),
      'Set up',
      editor,
    );
    expect((await loadMetricEditForm('f-part'))?.values).toEqual({
      name: 'Part',
      description: '',
      unit: 'people',
      kind: 'cumulative',
      parent: 'gaza-killed',
      parts_complete: 'on',
      divergence_threshold: '12.5',
    });
  });

  test('offers as parents every metric but itself and its parts, however deep', async () => {
    await newMetric('f-whole');
    await newMetric('f-half', 'f-whole');
    await newMetric('f-quarter', 'f-half');
    await newMetric('f-aside');
    const form = await loadMetricEditForm('f-whole');
    const offered = form?.parents.map((p) => p.slug);
    expect(offered).toEqual(expect.arrayContaining(['f-aside', 'gaza-killed']));
    expect(offered?.filter((s) => ['f-whole', 'f-half', 'f-quarter'].includes(s))).toEqual([]);
    expect(form?.values).toMatchObject({
      parent: '',
      parts_complete: '',
      divergence_threshold: '',
    });
  });

  test('knows no unknown slug', async () => {
    expect(await loadMetricEditForm('no-such-metric')).toBeNull();
  });
});

describe('loadDocumentEditForm', () => {
  test('opens with the stored values; blanks as empty text', async () => {
    const document = await newDocument({ url: 'https://example.org/f-doc', title: 'F doc' });
    await editDocument(
      document.id,
      DocumentEdit.parse({
        url: 'https://example.org/f-doc',
        title: 'F doc',
        published_on: '2025-03-09',
        retrieved_on: '2025-03-10',
      }),
      'Dates',
      editor,
    );
    expect(await loadDocumentEditForm(document.id)).toEqual({
      id: document.id,
      heading: 'F doc',
      values: {
        url: 'https://example.org/f-doc',
        title: 'F doc',
        publisher: '',
        byline: '',
        published_on: '2025-03-09',
        retrieved_on: '2025-03-10',
        archive_url: '',
      },
    });
    expect(await loadDocumentEditForm(999_999)).toBeNull();
  });
});

describe('listClaimDocuments', () => {
  test("lists the claim's first document first, then its other appearances', once each", async () => {
    const claimId = await newClaim({ url: 'https://example.org/f-first', title: 'First' });
    const other = await newDocument({ url: 'https://example.org/f-other', title: '' });
    const [claim] = await db.select().from(claims).where(eq(claims.id, claimId));
    const existing = await db
      .select()
      .from(claimAppearances)
      .where(eq(claimAppearances.claimId, claimId));
    // The first appearance is kept by the claim writer; a relay adds a second document.
    if (existing.length === 0)
      await db
        .insert(claimAppearances)
        .values({ claimId, documentId: found(claim, 'claim').documentId });
    await db.insert(claimAppearances).values({ claimId, documentId: other.id });
    expect(await listClaimDocuments(claimId)).toEqual([
      { id: found(claim, 'claim').documentId, heading: 'First' },
      { id: other.id, heading: 'https://example.org/f-other' },
    ]);
  });

  test('lists nothing for an unknown claim', async () => {
    expect(await listClaimDocuments(999_999)).toEqual([]);
  });
});
