import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { claimAppearances, claimRevisions } from '@/db/schema';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { matchStoredClaim } from '@/lib/server/claims/stored-claims';
import { storedMatchMessage } from '@/lib/claims/stored-match';
import { editClaim, retractClaim } from '@/lib/server/claims/edits';
import { editDocument } from '@/lib/server/catalog/edits';
import { DocumentEdit } from '@/lib/catalog/inputs';
import { createClaims } from '@/lib/server/claims/mutations';
import { getClaimDetail } from '@/lib/server/claims/queries';
import { SYSTEM_ACTOR } from '@/lib/server/history/revisions';
import { migrateTestDatabase } from '@/tests/support/test-database';

beforeAll(async () => {
  await migrateTestDatabase();
  // The wire service exists as a source of its own, so a document can name it as the relay.
  await createClaims(
    [input({ ...FIGURE, metric: 'test-wire-count', claimant: 'Wire', claimant_kind: 'media' })],
    SYSTEM_ACTOR,
  );
});

// A ministry's figure, and the documents that carried it.
const FIGURE = {
  topic: 'test-war',
  metric: 'test-killed',
  metric_name: 'People killed',
  value: '1,200',
  qualifier: 'at_least',
  as_of: '2025-03-01',
  claimant: 'Test Ministry of Health',
  claimant_kind: 'ministry',
  attribution: 'direct',
  url: 'https://ministry.example.org/bulletin-1',
  title: 'Bulletin 1',
  published_on: '2025-03-02',
  quote: 'At least 1,200 people have been killed.',
};
const WIRE = {
  url: 'https://wire.example.org/story',
  title: 'Wire story',
  publisher: 'Wire',
  published_on: '2025-03-03',
  attribution: 'reported',
  via: 'Wire',
  quote: 'The ministry said at least 1,200 had been killed.',
};

const input = (raw: Record<string, string>) => ClaimInput.parse(raw);
const write = (...raws: Record<string, string>[]) => createClaims(raws.map(input), SYSTEM_ACTOR);
let day = 0;
/** The figure on a day no other test uses, so each test has its own claim. */
const fresh = (): Record<string, string> => ({
  ...FIGURE,
  as_of: `2025-04-${String(++day).padStart(2, '0')}`,
});

describe('a figure entered again', () => {
  test('from another document is an appearance of the stored claim; from the same one, nothing', async () => {
    const figure = fresh();
    const [created] = await write(figure);
    const [relayed] = await write({ ...figure, ...WIRE, claimant_kind: '' });
    const [repeated] = await write({ ...figure, ...WIRE });
    expect(created?.status).toBe('inserted');
    expect(relayed).toEqual({ status: 'appearance', id: created?.id });
    expect(repeated).toEqual({ status: 'present', id: created?.id });

    const claim = await getClaimDetail(created?.id ?? 0);
    expect(claim).toMatchObject({ appearance_count: 2, url: figure.url, attribution: 'direct' });
    expect(claim?.appearances.map((a) => [a.title, a.via, a.attribution, a.first])).toEqual([
      ['Bulletin 1', null, 'direct', true],
      ['Wire story', 'Wire', 'reported', false],
    ]);
    const revisions = await db
      .select()
      .from(claimRevisions)
      .where(eq(claimRevisions.claimId, created?.id ?? 0));
    expect(revisions.map((r) => [r.action, r.appearanceId === null])).toEqual([
      ['create', true],
      ['appearance', false],
    ]);
  });

  test('an earlier document becomes the first appearance, and the claim shows it', async () => {
    const figure = fresh();
    const [created] = await write({ ...figure, ...WIRE });
    await write(figure);
    const claim = await getClaimDetail(created?.id ?? 0);
    expect(claim).toMatchObject({ url: figure.url, quote: figure.quote, via: null });
    expect(claim?.appearances.map((a) => a.title)).toEqual(['Bulletin 1', 'Wire story']);
  });

  test('repeats within one batch are one claim', async () => {
    const figure = fresh();
    const outcomes = await write(figure, { ...figure, ...WIRE }, figure);
    const id = outcomes[0]?.id;
    expect(outcomes).toEqual([
      { status: 'inserted', id },
      { status: 'appearance', id },
      { status: 'present', id },
    ]);
  });

  test('unattributed figures never merge, but are present again in their own document', async () => {
    const figure = { ...fresh(), claimant: '', claimant_kind: '', attribution: 'unattributed' };
    const [first] = await write(figure);
    const [other] = await write({ ...figure, ...WIRE, attribution: 'unattributed', via: '' });
    const [again] = await write(figure);
    expect(other?.status).toBe('inserted');
    expect(other?.id).not.toBe(first?.id);
    expect(again).toEqual({ status: 'present', id: first?.id });
  });

  test('a different figure, or one retracted, is a claim of its own', async () => {
    const figure = fresh();
    const [stored] = await write(figure);
    const [higher] = await write({ ...figure, ...WIRE, value: '1,250' });
    const [hedged] = await write({ ...figure, ...WIRE, qualifier: 'about' });
    const [retracted] = await write({ ...figure, ...WIRE, status: 'retracted' });
    for (const outcome of [higher, hedged, retracted]) {
      expect(outcome?.status).toBe('inserted');
      expect(outcome?.id).not.toBe(stored?.id);
    }
  });
});

describe('a retracted claim', () => {
  test('is already present in its own document: a rerun never brings it back', async () => {
    const figure = fresh();
    const [stored] = await write(figure);
    await retractClaim(stored?.id ?? 0, 'Withdrawn', SYSTEM_ACTOR);
    expect(await write(figure)).toEqual([{ status: 'present', id: stored?.id }]);
    // From another document, the figure stated again is a claim of its own.
    const [again] = await write({ ...figure, ...WIRE });
    expect(again?.status).toBe('inserted');
  });
});

describe('matchStoredClaim', () => {
  test('finds the stored claim without writing, and says whether the document is new to it', async () => {
    const figure = fresh();
    expect(await matchStoredClaim(input(figure))).toBeNull();
    const [stored] = await write(figure);
    expect(await matchStoredClaim(input({ ...figure, ...WIRE }))).toEqual({
      claimId: stored?.id,
      document: 'Bulletin 1',
      sameDocument: false,
    });
    expect(await matchStoredClaim(input(figure))).toMatchObject({ sameDocument: true });
    expect(await matchStoredClaim(input({ ...figure, claimant: 'Someone else' }))).toBeNull();
    const appearances = await db
      .select()
      .from(claimAppearances)
      .where(eq(claimAppearances.claimId, stored?.id ?? 0));
    expect(appearances).toHaveLength(1);
  });
});

describe('matchStoredClaim, when only the period differs', () => {
  test('names the claim as possibly the same, with its period, and the writer keeps them apart', async () => {
    const figure = fresh();
    const asOf = figure.as_of ?? '';
    const [stored] = await write({ ...figure, period_start: '2025-02-01', period_end: asOf });
    const match = await matchStoredClaim(input({ ...figure, ...WIRE }));
    expect(match).toEqual({
      claimId: stored?.id,
      document: 'Bulletin 1',
      sameDocument: false,
      otherPeriod: { start: '2025-02-01', end: asOf },
    });
    expect(storedMatchMessage(match ?? { claimId: 0, document: '', sameDocument: false })).toMatch(
      new RegExp(`^Possibly claim #${stored?.id} from Bulletin 1: .* over 1 Feb 2025 to `),
    );
    const [written] = await write({ ...figure, ...WIRE });
    expect(written?.status).toBe('inserted');
  });
});

describe('editing a claim', () => {
  test('moves its first appearance to the corrected document', async () => {
    const figure = fresh();
    const [stored] = await write(figure);
    await write({ ...figure, ...WIRE });
    const corrected = { ...figure, url: 'https://ministry.example.org/bulletin-1b' };
    await editClaim(stored?.id ?? 0, input(corrected), 'The bulletin moved', SYSTEM_ACTOR);
    const claim = await getClaimDetail(stored?.id ?? 0);
    expect(claim?.url).toBe(corrected.url);
    expect(claim?.appearances.map((a) => a.url)).toEqual([corrected.url, WIRE.url]);
  });

  test('that makes it say what another claim says merges the newer into the older', async () => {
    const figure = fresh();
    const [older] = await write(figure);
    const [newer] = await write({ ...figure, ...WIRE, value: '1,250' });
    const corrected = input({ ...figure, ...WIRE });
    const outcome = await editClaim(newer?.id ?? 0, corrected, 'Misread', SYSTEM_ACTOR);
    expect(outcome).toEqual({ status: 'edited', id: older?.id });
    expect(await getClaimDetail(newer?.id ?? 0)).toMatchObject({
      status: 'merged',
      merged_into: older?.id,
    });
    const survivor = await getClaimDetail(older?.id ?? 0);
    expect(survivor?.appearances.map((a) => a.title)).toEqual(['Bulletin 1', 'Wire story']);
  });

  test('refuses to move it onto a document the claim already appears in', async () => {
    const figure = fresh();
    const [stored] = await write(figure);
    await write({ ...figure, ...WIRE });
    await expect(
      editClaim(stored?.id ?? 0, input({ ...figure, ...WIRE }), 'Wrong link', SYSTEM_ACTOR),
    ).rejects.toMatchObject({ fields: { url: ['This claim already appears in that document'] } });
  });
});

describe('editing a document', () => {
  test('a new date moves the first appearance of the claims it shares with others', async () => {
    const figure = fresh();
    const [stored] = await write(figure);
    await write({ ...figure, ...WIRE, url: `${WIRE.url}/${figure.as_of}` });
    const wire = (await getClaimDetail(stored?.id ?? 0))?.appearances[1];
    const edit = DocumentEdit.parse({ ...WIRE, url: wire?.url, published_on: '2025-02-01' });
    await editDocument(wire?.document_id ?? 0, edit, 'The story ran earlier', SYSTEM_ACTOR);
    const claim = await getClaimDetail(stored?.id ?? 0);
    expect(claim).toMatchObject({ url: wire?.url, quote: WIRE.quote, via: 'Wire' });
    expect(claim?.appearances.map((a) => [a.url, a.first])).toEqual([
      [wire?.url, true],
      [figure.url, false],
    ]);
  });
});
