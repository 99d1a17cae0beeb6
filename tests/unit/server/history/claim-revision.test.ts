import { describe, expect, test } from 'vitest';
import type { claimRevisions } from '@/db/schema';
import { claimRevisionFromRow } from '@/lib/server/history/claim-revision';

// A snapshot as the first version of Tally wrote it: no claimant_slug yet.
const FIRST_VERSION_SNAPSHOT = {
  id: 7,
  topic: 'gaza-war',
  metric: 'gaza-killed',
  metric_name: 'People killed',
  unit: 'people',
  metric_kind: 'cumulative',
  parent_metric: null,
  value: 48450,
  qualifier: 'at_least',
  low: null,
  high: null,
  as_of: '2025-03-10',
  period_start: null,
  period_end: null,
  claimant: null,
  claimant_kind: null,
  claimant_description: null,
  via: null,
  attribution: 'unattributed',
  stated_on: null,
  url: null,
  title: 'An article',
  publisher: null,
  byline: null,
  published_on: '2025-03-10',
  archive_url: null,
  quote: 'At least 48,450 people have been killed.',
  notes: null,
  status: 'active',
};

const row = (snapshot: unknown, warnings: unknown = null): typeof claimRevisions.$inferSelect => ({
  id: 3,
  claimId: 7,
  action: 'edit',
  snapshot,
  editorId: 1,
  reason: 'Corrected',
  warnings,
  appearanceId: null,
  createdAt: new Date('2025-03-11T12:00:00Z'),
});

describe('claimRevisionFromRow', () => {
  test('serves a snapshot that predates a column, without inventing it', () => {
    const revision = claimRevisionFromRow(row(FIRST_VERSION_SNAPSHOT));
    expect(revision).toEqual({
      action: 'edit',
      created_at: '2025-03-11T12:00:00.000Z',
      editor_id: 1,
      reason: 'Corrected',
      warnings: [],
      snapshot: FIRST_VERSION_SNAPSHOT,
    });
    expect(revision.snapshot).not.toHaveProperty('claimant_slug');
  });

  test('keeps stored keys it does not know, and the whole of each confirmed warning', () => {
    const warning = { check: 'no_quote', message: 'No quote', claim_ids: [7] };
    const revision = claimRevisionFromRow(
      row({ ...FIRST_VERSION_SNAPSHOT, retired_column: 'x' }, [warning]),
    );
    expect(revision.snapshot.retired_column).toBe('x');
    expect(revision.warnings).toEqual([warning]);
  });

  test.each([
    ['text', 'not a claim'],
    ['a claim without its value', { ...FIRST_VERSION_SNAPSHOT, value: undefined }],
    ['a value as text', { ...FIRST_VERSION_SNAPSHOT, value: '48450' }],
    ['an unknown qualifier', { ...FIRST_VERSION_SNAPSHOT, qualifier: 'roughly' }],
  ])('refuses a snapshot of another shape (%s), naming the row', (_case, snapshot) => {
    expect(() => claimRevisionFromRow(row(snapshot))).toThrow(/claim_revisions row 3/);
  });

  test('refuses warnings of another shape', () => {
    expect(() => claimRevisionFromRow(row(FIRST_VERSION_SNAPSHOT, [{ check: 1 }]))).toThrow(
      /claim_revisions row 3/,
    );
  });
});
