import { beforeAll, describe, expect, test } from 'vitest';
import { MetricEdit } from '@/lib/catalog/inputs';
import { RecordNotFound, editMetric } from '@/lib/server/catalog/edits';
import { listRecordRevisions } from '@/lib/server/catalog/queries';
import type { Actor } from '@/lib/server/history/revisions';
import {
  failedFields,
  metricBySlug,
  newMetric,
  setUpCatalogEdits,
  state,
} from '@/tests/support/catalog-edits';

let editor: Actor;

beforeAll(async () => {
  editor = await setUpCatalogEdits();
});

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

  test('stores a threshold typed as a percentage, and a blank one as the default', async () => {
    const metric = await newMetric('m-threshold');
    await editMetric(
      metric.id,
      edit({ name: 'Metric m-threshold', divergence_threshold: '12.5' }),
      'Sources round differently',
      editor,
    );
    expect((await metricBySlug('m-threshold')).divergenceThreshold).toBe(0.125);
    await editMetric(metric.id, edit({ name: 'Metric m-threshold' }), 'Back to default', editor);
    expect((await metricBySlug('m-threshold')).divergenceThreshold).toBeNull();

    const revisions = await listRecordRevisions('metric', metric.id);
    expect(revisions.map((r) => r.changes)).toEqual([
      [],
      [
        {
          field: 'divergenceThreshold',
          label: 'Divergence threshold',
          before: 'the default (10%)',
          after: '12.5%',
        },
      ],
      [
        {
          field: 'divergenceThreshold',
          label: 'Divergence threshold',
          before: '12.5%',
          after: 'the default (10%)',
        },
      ],
    ]);
  });

  test("its history names a new parent by the parent's name", async () => {
    const metric = await newMetric('m-named');
    await editMetric(
      metric.id,
      edit({ name: 'Metric m-named', parent: 'gaza-killed' }),
      'A part of the whole',
      editor,
    );
    const [, edited] = await listRecordRevisions('metric', metric.id);
    expect(edited?.changes).toEqual([
      {
        field: 'parentId',
        label: 'Part of',
        before: null,
        after: (await metricBySlug('gaza-killed')).name,
      },
    ]);
  });

  test('requires a reason and a known id', async () => {
    const metric = await metricBySlug('gaza-killed');
    expect(await failedFields(editMetric(metric.id, edit({}), '', editor))).toEqual(['reason']);
    await expect(editMetric(999_999, edit({}), 'Why', editor)).rejects.toBeInstanceOf(
      RecordNotFound,
    );
  });
});
