import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { claims, dataVersion, documents, metrics, recordRevisions, sources } from '@/db/schema';
import { RecordNotFound, editDocument, editMetric, editSource } from '@/lib/server/catalog/edits';
import { DocumentEdit, MetricEdit, SourceEdit } from '@/lib/catalog/inputs';
import { listRecordRevisions } from '@/lib/server/catalog/queries';
import { InputError } from '@/lib/errors';
import { getClaim } from '@/lib/server/claims/queries';
import type { Actor } from '@/lib/server/history/revisions';
import { seedIfEmpty } from '@/lib/server/seed';
import {
  createTestClaims,
  createTestEditor,
  migrateTestDatabase,
} from '@/tests/support/test-database';

let editor: Actor;
let serial = 0;

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
  editor = await createTestEditor('catalog@example.org');
});

/** The one row a lookup found; a test that needs it fails here when it is missing. */
function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`no ${what}`);
  return value;
}

/** A claim of its own, creating the metric, source and document it names, as an import would. */
async function newClaim(fields: Record<string, string>): Promise<number> {
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

async function metricBySlug(slug: string) {
  const [row] = await db.select().from(metrics).where(eq(metrics.slug, slug));
  return found(row, `metric ${slug}`);
}

/** A new metric (with a claim on it), optionally part of another. */
async function newMetric(slug: string, parent?: string) {
  await newClaim({
    metric: slug,
    metric_name: `Metric ${slug}`,
    topic: 'gaza-war',
    ...(parent ? { parent_metric: parent } : {}),
  });
  return metricBySlug(slug);
}

async function newSource(name: string) {
  await newClaim({ claimant: name, claimant_kind: 'ngo', attribution: 'reported' });
  const [row] = await db.select().from(sources).where(eq(sources.name, name));
  return found(row, `source ${name}`);
}

async function newDocument(fields: Record<string, string>) {
  const claimId = await newClaim(fields);
  const [claim] = await db.select().from(claims).where(eq(claims.id, claimId));
  const documentId = found(claim, `claim ${claimId}`).documentId;
  const [row] = await db.select().from(documents).where(eq(documents.id, documentId));
  return found(row, `document ${documentId}`);
}

async function state() {
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

async function failedFields(write: Promise<unknown>): Promise<string[]> {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error instanceof InputError ? Object.keys(error.fields) : [];
}

describe('editMetric', () => {
  const edit = (raw: Record<string, unknown>) =>
    MetricEdit.parse({ name: 'Metric', unit: 'people', kind: 'count', ...raw });

  // m-root ⊃ m-part ⊃ m-grandpart, for the cycle tests.
  beforeAll(async () => {
    await newMetric('m-root');
    await newMetric('m-part', 'm-root');
    await newMetric('m-grandpart', 'm-part');
  });

  test('keeps the created row and the edited row, in order, with editor and reason', async () => {
    const metric = await newMetric('m-history');
    const before = await state();
    const outcome = await editMetric(
      metric.id,
      edit({
        name: 'People killed, all causes',
        description: 'Deaths counted by the ministry',
        kind: 'cumulative',
        parent: 'gaza-killed',
        parts_complete: 'on',
      }),
      'Describe what is counted',
      editor,
    );
    expect(outcome).toEqual({ status: 'edited', id: metric.id });
    const after = await metricBySlug('m-history');
    expect(after).toMatchObject({
      name: 'People killed, all causes',
      description: 'Deaths counted by the ministry',
      kind: 'cumulative',
      parentId: (await metricBySlug('gaza-killed')).id,
      isPartsComplete: true,
      slug: 'm-history',
      topicId: metric.topicId,
    });

    const revisions = await listRecordRevisions('metric', metric.id);
    expect(revisions.map((r) => [r.action, r.reason, r.editor_id])).toEqual([
      ['create', null, null],
      ['edit', 'Describe what is counted', editor.editorId],
    ]);
    expect(revisions[0]?.snapshot).toMatchObject({ name: 'Metric m-history', kind: 'count' });
    expect(revisions[1]?.snapshot).toEqual({
      ...after,
      createdAt: after.createdAt.toISOString(),
    });
    const now = await state();
    expect(now.version).toBe(before.version + 1);
    expect(now.recordRevisions).toBe((before.recordRevisions ?? 0) + 1);
    expect(now.claims).toBe(before.claims);
  });

  test('an edit that changes nothing writes no revision', async () => {
    const metric = await newMetric('m-same', 'gaza-killed');
    const before = await state();
    const outcome = await editMetric(
      metric.id,
      edit({ name: 'Metric m-same', parent: 'gaza-killed' }),
      'Looked again',
      editor,
    );
    expect(outcome.status).toBe('unchanged');
    expect(await state()).toEqual(before);
  });

  test('a blank parent and description clear them', async () => {
    const metric = await newMetric('m-clear', 'gaza-killed');
    await editMetric(metric.id, edit({ name: 'Metric m-clear' }), 'Not a part', editor);
    expect(await metricBySlug('m-clear')).toMatchObject({ parentId: null, description: null });
  });

  test.each([
    ['itself', 'm-root'],
    ['its part', 'm-part'],
    ["its part's part", 'm-grandpart'],
  ])('refuses to make a metric part of %s, writing nothing', async (_, parent) => {
    const root = await metricBySlug('m-root');
    const before = await state();
    expect(
      await failedFields(
        editMetric(root.id, edit({ name: 'Root', parent }), 'Restructure', editor),
      ),
    ).toEqual(['parent']);
    expect(await state()).toEqual(before);
  });

  test('refuses an unknown parent', async () => {
    const metric = await newMetric('m-orphan');
    expect(
      await failedFields(editMetric(metric.id, edit({ parent: 'no-such-metric' }), 'Why', editor)),
    ).toEqual(['parent']);
  });

  test('moves a part under another whole when that makes no cycle', async () => {
    const root = await newMetric('m-whole');
    await newMetric('m-half', 'm-whole');
    const leaf = await newMetric('m-leaf', 'm-half');
    await editMetric(leaf.id, edit({ name: 'Leaf', parent: 'm-whole' }), 'Flatten', editor);
    expect((await metricBySlug('m-leaf')).parentId).toBe(root.id);
  });

  test('requires a reason and a known id', async () => {
    const metric = await metricBySlug('gaza-killed');
    expect(await failedFields(editMetric(metric.id, edit({}), '', editor))).toEqual(['reason']);
    await expect(editMetric(999_999, edit({}), 'Why', editor)).rejects.toBeInstanceOf(
      RecordNotFound,
    );
  });
});

describe('editSource', () => {
  const edit = (raw: Record<string, unknown>) => SourceEdit.parse({ kind: 'ngo', ...raw });

  test('renames a source: its claims show the new name, its history both', async () => {
    const source = await newSource('Health Watch');
    const claimId = await newClaim({ claimant: 'health-watch', attribution: 'reported' });
    const before = await state();
    await editSource(
      source.id,
      edit({ name: 'Health Watch International', url: 'https://hwi.example.org/' }),
      'Full name',
      editor,
    );
    expect(await getClaim(claimId)).toMatchObject({
      claimant: 'Health Watch International',
      claimant_slug: 'health-watch',
    });
    const revisions = await listRecordRevisions('source', source.id);
    expect(revisions.map((r) => [r.action, r.snapshot.name, r.reason])).toEqual([
      ['create', 'Health Watch', null],
      ['edit', 'Health Watch International', 'Full name'],
    ]);
    expect(revisions[1]?.snapshot).toMatchObject({ url: 'https://hwi.example.org/', kind: 'ngo' });
    expect((await state()).version).toBe(before.version + 1);
  });

  test.each([
    ['the name of another, in other case', 'SYRIAN OBSERVATORY FOR HUMAN RIGHTS'],
    ['the slug of another', 'sohr'],
  ])('refuses a name that is %s, writing nothing', async (_, name) => {
    const source = await newSource('Casualty Count');
    const before = await state();
    expect(await failedFields(editSource(source.id, edit({ name }), 'Merge', editor))).toEqual([
      'name',
    ]);
    expect(await state()).toEqual(before);
  });

  test('a source may change the case of its own name', async () => {
    const source = await newSource('Field Medics');
    expect(
      (await editSource(source.id, edit({ name: 'FIELD MEDICS' }), 'Their spelling', editor))
        .status,
    ).toBe('edited');
  });

  test('an unchanged source writes nothing; an unknown id is not found', async () => {
    const source = await newSource('Quiet Group');
    const before = await state();
    expect(
      (await editSource(source.id, edit({ name: 'Quiet Group' }), 'Checked', editor)).status,
    ).toBe('unchanged');
    expect(await state()).toEqual(before);
    await expect(
      editSource(999_999, edit({ name: 'Nobody' }), 'Why', editor),
    ).rejects.toBeInstanceOf(RecordNotFound);
  });
});

describe('editDocument', () => {
  const edit = (raw: Record<string, unknown>) => DocumentEdit.parse(raw);

  test('corrects a link; the old row stays in the history', async () => {
    const document = await newDocument({ url: 'https://example.org/typo', title: 'Bulletin 7' });
    await editDocument(
      document.id,
      edit({
        url: 'https://example.org/bulletin-7',
        title: 'Bulletin 7',
        archive_url: 'https://web.archive.org/web/2025/https://example.org/bulletin-7',
      }),
      'Broken link',
      editor,
    );
    const revisions = await listRecordRevisions('document', document.id);
    expect(revisions.map((r) => [r.action, r.snapshot.url, r.snapshot.archiveUrl])).toEqual([
      ['create', 'https://example.org/typo', null],
      [
        'edit',
        'https://example.org/bulletin-7',
        'https://web.archive.org/web/2025/https://example.org/bulletin-7',
      ],
    ]);
    expect(revisions[1]).toMatchObject({ reason: 'Broken link', editor_id: editor.editorId });
  });

  test('refuses the link of another document, writing nothing', async () => {
    await newDocument({ url: 'https://example.org/taken', title: 'Taken' });
    const document = await newDocument({ url: 'https://example.org/mine', title: 'Mine' });
    const before = await state();
    expect(
      await failedFields(
        editDocument(
          document.id,
          edit({ url: 'https://example.org/taken', title: 'Mine' }),
          'Fix',
          editor,
        ),
      ),
    ).toEqual(['url']);
    expect(await state()).toEqual(before);
  });

  test('refuses to become the twin of a document without a link', async () => {
    await newDocument({ url: '', title: 'Press release', publisher: 'MoH' });
    const document = await newDocument({ url: '', title: 'Press releas', publisher: 'MoH' });
    expect(
      await failedFields(
        editDocument(
          document.id,
          edit({ title: 'Press release', publisher: 'MoH' }),
          'Typo',
          editor,
        ),
      ),
    ).toEqual(['title']);
  });

  test('an unchanged document writes nothing; a blank field clears it', async () => {
    const document = await newDocument({ url: '', title: 'Notice', byline: 'Staff' });
    const before = await state();
    expect(
      (await editDocument(document.id, edit({ title: 'Notice', byline: 'Staff' }), 'Ok', editor))
        .status,
    ).toBe('unchanged');
    expect(await state()).toEqual(before);
    await editDocument(document.id, edit({ title: 'Notice' }), 'No byline given', editor);
    const [row] = await db.select().from(documents).where(eq(documents.id, document.id));
    expect(found(row, 'document').byline).toBeNull();
  });
});

test('listRecordRevisions lists nothing for a record without history', async () => {
  expect(await listRecordRevisions('source', 999_999)).toEqual([]);
});
