// Shared by the claim edit and retraction tests: a seeded database with an editor, a fresh claim
// per test, and the state that a failed write must leave as it was.
import { count, eq } from 'drizzle-orm';
import { expect } from 'vitest';
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
import type { ClaimRow } from '@/lib/claims/claim-row';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { CLAIM_COLUMNS } from '@/lib/claims/input/columns';
import { InputError } from '@/lib/errors';
import { getClaim } from '@/lib/server/claims/queries';
import type { Actor } from '@/lib/server/history/revisions';
import { seedIfEmpty } from '@/lib/server/seed';
import {
  createTestClaims,
  createTestEditor,
  found,
  migrateTestDatabase,
} from '@/tests/support/test-database';

let nextDay = 1;

/** Migrates and seeds this test file's database; returns the editor its edits are made as. */
export async function setUpClaimEdits(): Promise<Actor> {
  await migrateTestDatabase();
  await seedIfEmpty(db);
  return createTestEditor('editor@example.org');
}

/** A fresh claim of its own for each test, so tests do not see each other's edits. */
export async function newClaim(fields: Record<string, string> = {}): Promise<ClaimRow> {
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

export async function stored(id: number): Promise<ClaimRow> {
  const row = await getClaim(id);
  if (!row) throw new Error(`claim ${id} is gone`);
  return row;
}

/** What an edit form would send back for a stored claim, with some fields changed. */
export function inputFrom(row: ClaimRow, changes: Record<string, string> = {}): ClaimInput {
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
export async function state() {
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

type State = Awaited<ReturnType<typeof state>>;

/** The state after one write that changed a claim: one claim revision and data_version more. */
export function oneClaimRevisionAfter(before: State): State {
  return {
    ...before,
    version: before.version + 1,
    claimRevisions: before.claimRevisions + 1,
  };
}

export async function inputErrorOf(write: Promise<unknown>): Promise<InputError> {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}
