import { beforeAll, describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { POST } from '@/app/api/claims/route';
import { GET as getClaim } from '@/app/api/claims/[id]/route';
import { db } from '@/db/client';
import {
  ClaimAlreadyPresent,
  ClaimAppearanceAdded,
  ClaimCreated,
  ClaimResponse,
  InvalidError,
  TooLargeError,
  UnauthorizedError,
} from '@/lib/api/response-schemas';
import { MAX_BODY_BYTES } from '@/lib/api/request-body';
import { createEditor, issueApiToken } from '@/lib/server/auth/editors';
import { seedIfEmpty } from '@/lib/server/seed';
import { migrateTestDatabase } from '@/tests/support/test-database';

let token: string;

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
  await createEditor('api@tally.test', 'a long enough password');
  token = (await issueApiToken('api@tally.test')) ?? '';
});

const post = (body: string, authorization = `Bearer ${token}`) =>
  POST(
    new Request('http://tally.test/api/claims', {
      method: 'POST',
      body,
      headers: { authorization, 'content-type': 'application/json' },
    }),
  );

/** The answer's status and its body parsed with the contract's schema: a drift from it fails here. */
async function answer<S extends z.ZodType>(schema: S, response: Promise<Response>) {
  const settled = await response;
  return { status: settled.status, body: schema.parse(await settled.json()) };
}

const FIGURE = {
  metric: 'gaza-killed',
  value: '50,100',
  qualifier: 'at_least',
  as_of: '2025-05-01',
  claimant: 'Gaza Ministry of Health',
  claimant_kind: 'ministry',
  url: 'https://example.org/moh/2025-05-01',
  quote: 'At least 50,100 people have been killed.',
};

describe('POST /api/claims answers as the OpenAPI document says', () => {
  test('201 with the stored claim and its warnings, then 200 already_present for the same claim', async () => {
    const created = await answer(ClaimCreated, post(JSON.stringify(FIGURE)));
    expect(created.status).toBe(201);
    expect(created.body.claim).toMatchObject({ value: 50100, qualifier: 'at_least' });
    const again = await answer(ClaimAlreadyPresent, post(JSON.stringify(FIGURE)));
    expect(again.status).toBe(200);
    expect(again.body.claim.id).toBe(created.body.claim.id);
  });

  test('200 appearance_added for the same claim in another document, and it lists both', async () => {
    const relayed = {
      ...FIGURE,
      url: 'https://example.org/wire/2025-05-02',
      quote: 'The ministry said at least 50,100 had been killed.',
    };
    const created = await answer(
      ClaimCreated,
      post(JSON.stringify({ ...FIGURE, as_of: '2025-05-02' })),
    );
    const added = await answer(
      ClaimAppearanceAdded,
      post(JSON.stringify({ ...relayed, as_of: '2025-05-02' })),
    );
    expect(added.status).toBe(200);
    expect(added.body.claim).toMatchObject({ id: created.body.claim.id, appearance_count: 2 });
    const again = await answer(
      ClaimAlreadyPresent,
      post(JSON.stringify({ ...relayed, as_of: '2025-05-02' })),
    );
    expect(again.body.claim.appearance_count).toBe(2);

    const id = String(created.body.claim.id);
    const read = await answer(
      ClaimResponse,
      getClaim(new Request(`http://tally.test/api/claims/${id}`), {
        params: Promise.resolve({ id }),
      }),
    );
    expect(read.body.claim.merged_into).toBeNull();
    expect(read.body.claim.appearances.map((a) => [a.url, a.quote, a.first])).toEqual([
      [FIGURE.url, FIGURE.quote, true],
      [relayed.url, relayed.quote, false],
    ]);
    expect(read.body.revisions.map((r) => r.action)).toEqual(['create', 'appearance']);
  });

  test('400 naming the field for invalid input, and for an unknown metric', async () => {
    const invalid = await answer(InvalidError, post(JSON.stringify({ ...FIGURE, as_of: 'May' })));
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.fields)).toEqual(['as_of']);
    const unknown = await answer(InvalidError, post(JSON.stringify({ ...FIGURE, metric: 'nope' })));
    expect(Object.keys(unknown.body.fields)).toEqual(['metric']);
  });

  test('400 for a body that is not one JSON object', async () => {
    for (const body of ['not json', '[1, 2]', 'null']) {
      const { status, body: error } = await answer(InvalidError, post(body));
      expect(status).toBe(400);
      expect(Object.keys(error.fields)).toEqual(['body']);
    }
  });

  test('401 without a valid token', async () => {
    const refused = await answer(UnauthorizedError, post(JSON.stringify(FIGURE), 'Bearer nope'));
    expect(refused.status).toBe(401);
  });

  test('413 for a body over 1 MB', async () => {
    const huge = JSON.stringify({ ...FIGURE, notes: 'x'.repeat(MAX_BODY_BYTES) });
    const refused = await answer(TooLargeError, post(huge));
    expect(refused).toEqual({
      status: 413,
      body: { error: 'too_large', limit_bytes: MAX_BODY_BYTES },
    });
  });
});
