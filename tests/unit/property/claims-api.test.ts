import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { POST } from '@/app/api/claims/route';
import { GET as getClaimRoute } from '@/app/api/claims/[id]/route';
import { db } from '@/db/client';
import { CLAIM_COLUMNS, type ClaimColumn } from '@/lib/claims/input/columns';
import { createEditor, issueApiToken } from '@/lib/server/auth/editors';
import { seedIfEmpty } from '@/lib/server/seed';
import { anyJson, anyRawClaim, anyText, hostileText } from '@/tests/unit/property/arbitraries';
import { storedCounts } from '@/tests/unit/property/stored';
import { comparedFields, recentValidClaim, taggedClaim } from '@/tests/unit/property/valid-claims';
import { migrateTestDatabase } from '@/tests/support/test-database';

// POST /api/claims, the door of scripts, with any body: never a 5xx or a throw; a 400 names the
// columns at fault and nothing is written; a valid claim is stored and read back as it was sent.

let token = '';

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
  await createEditor('props@tally.test', 'a long enough password');
  token = (await issueApiToken('props@tally.test')) ?? '';
});

const post = (body: BodyInit) =>
  POST(
    new Request('http://tally.test/api/claims', {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    }),
  );

type Answer = { status: number; body: Record<string, unknown> };

/** The answer, checked as a refusal must be: below 500, JSON, a 400 naming columns or the body. */
async function postChecked(body: BodyInit): Promise<Answer> {
  const response = await post(body);
  expect(response.status).toBeLessThan(500);
  const answer = { status: response.status, body: (await response.json()) as Answer['body'] };
  if (answer.status === 400) {
    expect(answer.body.error).toBe('invalid');
    const named = Object.keys(answer.body.fields ?? {});
    expect(named.length).toBeGreaterThan(0);
    for (const field of named) expect([...CLAIM_COLUMNS, 'body']).toContain(field);
  }
  return answer;
}

const claimJson = anyRawClaim.map((raw) => JSON.stringify(raw));
const anyBody: fc.Arbitrary<BodyInit> = fc.oneof(
  { arbitrary: claimJson, weight: 4 },
  {
    arbitrary: fc.dictionary(hostileText(8), anyJson, { maxKeys: 5 }).map((o) => JSON.stringify(o)),
    weight: 2,
  },
  { arbitrary: anyJson.map((value) => JSON.stringify(value) ?? ''), weight: 1 },
  { arbitrary: anyText, weight: 1 },
  { arbitrary: fc.uint8Array({ maxLength: 64 }), weight: 1 },
  {
    arbitrary: fc
      .integer({ min: 1, max: 5000 })
      .map((n) => `{"quote":${'['.repeat(n)}${']'.repeat(n)}}`),
    weight: 1,
  },
);

describe('POST /api/claims under hostile input', () => {
  test('any body: never a 5xx; a refusal names its fields and writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(anyBody, async (body) => {
        const before = await storedCounts();
        const { status } = await postChecked(body);
        if (status >= 400) expect(await storedCounts()).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  test('one bad field in a valid claim: refused by its column, or stored; never half-written', async () => {
    const column = fc.constantFrom(...CLAIM_COLUMNS);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        recentValidClaim,
        column,
        fc.oneof(anyText, anyJson),
        async (claim, field: ClaimColumn, bad) => {
          const { raw } = taggedClaim(claim, `bad ${++run}`);
          const before = await storedCounts();
          const { status } = await postChecked(JSON.stringify({ ...raw, [field]: bad }));
          if (status >= 400) expect(await storedCounts()).toEqual(before);
        },
      ),
      { numRuns: 60 },
    );
  });

  test('a valid claim is stored, and read back, as it was sent', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(recentValidClaim, async (claim) => {
        const { raw, expected } = taggedClaim(claim, `good ${++run}`);
        const { status, body } = await postChecked(JSON.stringify(raw));
        expect(status).toBe(201);
        const stored = body.claim as Record<string, unknown>;
        expect(comparedFields(stored)).toBe(comparedFields(expected));
        const id = String(stored.id);
        const read = await getClaimRoute(new Request(`http://tally.test/api/claims/${id}`), {
          params: Promise.resolve({ id }),
        });
        const { claim: readBack } = (await read.json()) as { claim: Record<string, unknown> };
        expect(comparedFields(readBack)).toBe(comparedFields(expected));
      }),
      { numRuns: 30 },
    );
  });

  test('text it accepts is stored exactly: NUL and lone surrogates are refused, never cut', async () => {
    let run = 0;
    const column = fc.constantFrom('notes', 'quote', 'publisher', 'byline');
    await fc.assert(
      fc.asyncProperty(recentValidClaim, column, hostileText(40), async (claim, field, text) => {
        const { raw } = taggedClaim(claim, `text ${++run}`);
        const { status, body } = await postChecked(JSON.stringify({ ...raw, [field]: text }));
        if (status === 400) return;
        const stored = (body.claim as Record<string, unknown>)[field];
        expect(stored ?? '').toBe(
          text.trim() === '' || /^[\s\p{Cf}]*$/u.test(text) ? '' : text.trim(),
        );
      }),
      { numRuns: 40 },
    );
  });
});
