import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import {
  claimRevisions,
  claims,
  dataVersion,
  documents,
  metrics,
  recordRevisions,
  sources,
} from '@/db/schema';
import { CLAIM_COLUMNS } from '@/lib/claims/input/columns';
import { ClaimNotFound, editClaim, retractClaim } from '@/lib/server/claims/edits';
import { InputError } from '@/lib/errors';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { getClaim, listClaimRevisions } from '@/lib/server/claims/queries';
import type { ClaimRow } from '@/lib/claims/claim-row';
import type { Actor } from '@/lib/server/history/revisions';
import { seedIfEmpty } from '@/lib/server/seed';
import {
  createTestClaims,
  createTestEditor,
  migrateTestDatabase,
} from '@/tests/support/test-database';

let editor: Actor;
let nextDay = 1;

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
  editor = await createTestEditor('editor@example.org');
});

/** The one row a lookup found; a test that needs it fails here when it is missing. */
function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`no ${what}`);
  return value;
}

/** A fresh claim of its own for each test, so tests do not see each other's edits. */
async function newClaim(fields: Record<string, string> = {}): Promise<ClaimRow> {
  const day = nextDay++;
  const [outcome] = await createTestClaims([
    {
      metric: 'gaza-killed',
      value: '50000',
      qualifier: 'at_least',
      as_of: `2025-05-${String(day).padStart(2, '0')}`,
      claimant: 'Gaza Ministry of Health',
      claimant_kind: 'ministry',
      url: `https://example.org/moh/${day}`,
      title: `Daily report ${day}`,
      quote: 'at least 50,000 people',
      notes: 'first report',
      ...fields,
    },
  ]);
  return stored(found(outcome, 'write outcome').id);
}

async function stored(id: number): Promise<ClaimRow> {
  const row = await getClaim(id);
  if (!row) throw new Error(`claim ${id} is gone`);
  return row;
}

/** What an edit form would send back for a stored claim, with some fields changed. */
function inputFrom(row: ClaimRow, changes: Record<string, string> = {}): ClaimInput {
  const raw: Record<string, string> = {};
  for (const column of CLAIM_COLUMNS) {
    const value = row[column];
    raw[column] = value === null ? '' : String(value);
  }
  return ClaimInput.parse({ ...raw, ...changes });
}

async function version(): Promise<number> {
  const [row] = await db.select().from(dataVersion).where(eq(dataVersion.id, 1));
  return row?.version ?? 0;
}

async function countOf(table: typeof claims | typeof claimRevisions | typeof recordRevisions) {
  const [row] = await db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

/** Everything a failed write must leave as it was. */
async function state() {
  return {
    version: await version(),
    claims: await countOf(claims),
    claimRevisions: await countOf(claimRevisions),
    recordRevisions: await countOf(recordRevisions),
    metrics: (await db.select().from(metrics)).length,
    sources: (await db.select().from(sources)).length,
    documents: (await db.select().from(documents)).length,
  };
}

async function inputErrorOf(write: Promise<unknown>): Promise<InputError> {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('editClaim', () => {
  test('changes the claim and keeps the previous snapshot with editor and reason', async () => {
    const claim = await newClaim();
    const before = await state();
    const outcome = await editClaim(
      claim.id,
      inputFrom(claim, { value: '50,100', quote: 'at least 50,100 people' }),
      '  Typo in the figure  ',
      editor,
    );
    expect(outcome).toEqual({ status: 'edited', id: claim.id });
    expect(await stored(claim.id)).toMatchObject({ value: 50100, quote: 'at least 50,100 people' });

    const revisions = await listClaimRevisions(claim.id);
    expect(revisions.map((r) => [r.action, r.reason, r.editor_id])).toEqual([
      ['create', null, null],
      ['edit', 'Typo in the figure', editor.editorId],
    ]);
    expect(revisions[0]?.snapshot).toMatchObject({ value: 50000, quote: 'at least 50,000 people' });
    expect(revisions[1]?.snapshot).toEqual(await stored(claim.id));
    expect(await state()).toEqual({
      ...before,
      version: before.version + 1,
      claimRevisions: before.claimRevisions + 1,
    });
  });

  test('an edit that changes nothing writes no revision and keeps data_version', async () => {
    const claim = await newClaim();
    const before = await state();
    expect(await editClaim(claim.id, inputFrom(claim), 'Checked', editor)).toEqual({
      status: 'unchanged',
      id: claim.id,
    });
    expect(await state()).toEqual(before);
    expect(await listClaimRevisions(claim.id)).toHaveLength(1);
  });

  test('keeps the confirmed entry-check warnings with the edit revision', async () => {
    const claim = await newClaim();
    const warnings = [{ check: 'cumulative_fall', message: 'Lower than the figure before' }];
    await editClaim(claim.id, inputFrom(claim, { value: '100' }), 'As published', editor, {
      warnings,
    });
    const revisions = await listClaimRevisions(claim.id);
    expect(revisions.map((r) => r.warnings)).toEqual([[], warnings]);
  });

  test('a blank field clears the stored value', async () => {
    const claim = await newClaim();
    await editClaim(claim.id, inputFrom(claim, { notes: '' }), 'Note was wrong', editor);
    expect((await stored(claim.id)).notes).toBeNull();
  });

  test('stores the interval of a new qualifier and explicit bounds', async () => {
    const claim = await newClaim();
    await editClaim(
      claim.id,
      inputFrom(claim, { qualifier: 'range', low: '50000', high: '52,000' }),
      'The report gives a range',
      editor,
    );
    expect(await stored(claim.id)).toMatchObject({
      qualifier: 'range',
      value: 50000,
      low: 50000,
      high: 52000,
    });
    await editClaim(
      claim.id,
      inputFrom(await stored(claim.id), { qualifier: 'nearly', value: '150', low: '', high: '' }),
      'Wrong figure copied',
      editor,
    );
    const [row] = await db.select().from(claims).where(eq(claims.id, claim.id));
    expect(row).toMatchObject({ low: 135, high: 150, hasExplicitBounds: false });
  });

  test('ignores the status column of the input', async () => {
    const claim = await newClaim();
    await editClaim(
      claim.id,
      inputFrom(claim, { value: '50200', status: 'retracted' }),
      'New figure',
      editor,
    );
    expect(await stored(claim.id)).toMatchObject({ value: 50200, status: 'active' });
  });

  test('a new claimant with claimant_kind is created; the old source is left as it was', async () => {
    const claim = await newClaim();
    const [oldSource] = await db
      .select()
      .from(sources)
      .where(eq(sources.name, 'Gaza Ministry of Health'));
    await editClaim(
      claim.id,
      inputFrom(claim, {
        claimant: 'Government Media Office',
        claimant_kind: 'government',
        claimant_description: 'Gaza government press office',
      }),
      'Misattributed: the figure came from the media office',
      editor,
    );
    const [created] = await db
      .select()
      .from(sources)
      .where(eq(sources.name, 'Government Media Office'));
    expect(created).toMatchObject({
      slug: 'government-media-office',
      kind: 'government',
      description: 'Gaza government press office',
    });
    expect(await stored(claim.id)).toMatchObject({
      claimant: 'Government Media Office',
      claimant_slug: 'government-media-office',
    });
    const sourceRevisions = await db
      .select()
      .from(recordRevisions)
      .where(eq(recordRevisions.recordId, found(created, 'source').id));
    expect(sourceRevisions.filter((r) => r.record === 'source')).toMatchObject([
      { action: 'create', editorId: editor.editorId },
    ]);
    const oldId = found(oldSource, 'old source').id;
    const [oldAfter] = await db.select().from(sources).where(eq(sources.id, oldId));
    expect(oldAfter).toEqual(oldSource);
  });

  test('a changed document title without a URL points the claim at a new document', async () => {
    const claim = await newClaim({ url: '', title: 'Ministry bulletin', publisher: 'MoH' });
    const [oldDocument] = await db
      .select()
      .from(documents)
      .where(eq(documents.title, 'Ministry bulletin'));
    await editClaim(
      claim.id,
      inputFrom(claim, { title: 'Ministry bulletin no. 12' }),
      'Full title',
      editor,
    );
    expect((await stored(claim.id)).title).toBe('Ministry bulletin no. 12');
    const oldId = found(oldDocument, 'old document').id;
    const [oldAfter] = await db.select().from(documents).where(eq(documents.id, oldId));
    expect(oldAfter).toEqual(oldDocument);
  });

  test('moves a claim to a new metric when metric_name and topic are given', async () => {
    const claim = await newClaim();
    await editClaim(
      claim.id,
      inputFrom(claim, {
        metric: 'gaza-injured',
        metric_name: 'People injured',
        topic: 'gaza-war',
        metric_kind: 'cumulative',
      }),
      'This figure counts the injured',
      editor,
    );
    expect(await stored(claim.id)).toMatchObject({
      metric: 'gaza-injured',
      metric_name: 'People injured',
      metric_kind: 'cumulative',
    });
  });

  test('a failed edit writes nothing', async () => {
    const claim = await newClaim();
    const before = await state();
    const unknownMetric = await inputErrorOf(
      editClaim(
        claim.id,
        inputFrom(claim, { metric: 'no-such-metric', metric_name: '', value: '1' }),
        'Moving it',
        editor,
      ),
    );
    expect(Object.keys(unknownMetric.fields)).toEqual(['metric']);
    // The claimant is created first, then the relay fails: the new source must roll back too.
    const unknownVia = await inputErrorOf(
      editClaim(
        claim.id,
        inputFrom(claim, { claimant: 'New Monitor', claimant_kind: 'monitor', via: 'Nobody' }),
        'Relayed',
        editor,
      ),
    );
    expect(Object.keys(unknownVia.fields)).toEqual(['via']);
    expect(await state()).toEqual(before);
    expect(await stored(claim.id)).toEqual(claim);
  });

  test('an unknown claimant without claimant_kind is rejected naming claimant', async () => {
    const claim = await newClaim();
    const error = await inputErrorOf(
      editClaim(
        claim.id,
        inputFrom(claim, { claimant: 'Unheard Of', claimant_kind: '' }),
        'Source',
        editor,
      ),
    );
    expect(Object.keys(error.fields)).toEqual(['claimant']);
  });

  test.each([
    ['empty', ''],
    ['blank', '   '],
    ['too long', 'x'.repeat(1001)],
  ])('rejects a reason that is %s, naming reason', async (_, reason) => {
    const claim = await newClaim();
    const before = await state();
    const error = await inputErrorOf(
      editClaim(claim.id, inputFrom(claim, { value: '1' }), reason, editor),
    );
    expect(Object.keys(error.fields)).toEqual(['reason']);
    expect(await state()).toEqual(before);
  });

  test('an unknown id throws ClaimNotFound', async () => {
    const claim = await newClaim();
    await expect(editClaim(999_999, inputFrom(claim), 'Fix', editor)).rejects.toBeInstanceOf(
      ClaimNotFound,
    );
  });
});

describe('retractClaim', () => {
  test('retracts with its own revision, keeping every earlier snapshot', async () => {
    const claim = await newClaim();
    await editClaim(claim.id, inputFrom(claim, { value: '50300' }), 'Corrected', editor);
    const before = await state();
    expect(await retractClaim(claim.id, 'The ministry withdrew it', editor)).toEqual({
      status: 'retracted',
      id: claim.id,
    });
    expect((await stored(claim.id)).status).toBe('retracted');
    const revisions = await listClaimRevisions(claim.id);
    expect(revisions.map((r) => [r.action, r.reason, r.snapshot.value, r.snapshot.status])).toEqual(
      [
        ['create', null, 50000, 'active'],
        ['edit', 'Corrected', 50300, 'active'],
        ['retract', 'The ministry withdrew it', 50300, 'retracted'],
      ],
    );
    expect(revisions[2]?.editor_id).toBe(editor.editorId);
    expect(await state()).toEqual({
      ...before,
      version: before.version + 1,
      claimRevisions: before.claimRevisions + 1,
    });
  });

  test('a retracted claim can be neither retracted again nor edited', async () => {
    const claim = await newClaim();
    await retractClaim(claim.id, 'Withdrawn', editor);
    const before = await state();
    const again = await inputErrorOf(retractClaim(claim.id, 'Again', editor));
    expect(Object.keys(again.fields)).toEqual(['status']);
    const edit = await inputErrorOf(
      editClaim(claim.id, inputFrom(claim, { value: '1' }), 'Fix', editor),
    );
    expect(Object.keys(edit.fields)).toEqual(['status']);
    expect(await state()).toEqual(before);
  });

  test('requires a reason and a known id', async () => {
    const claim = await newClaim();
    const error = await inputErrorOf(retractClaim(claim.id, ' ', editor));
    expect(Object.keys(error.fields)).toEqual(['reason']);
    expect((await stored(claim.id)).status).toBe('active');
    await expect(retractClaim(999_999, 'Gone', editor)).rejects.toBeInstanceOf(ClaimNotFound);
  });
});
