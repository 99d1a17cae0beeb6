import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { SignInInput } from '@/lib/auth/sign-in-input';
import { createEditor } from '@/lib/server/auth/editors';
import { signIn } from '@/lib/server/auth/sign-in';
import { anyJson, anyText, hostileText, hugeText } from '@/tests/unit/property/arbitraries';
import { nextSignInTime, storedCounts } from '@/tests/unit/property/stored';
import { migrateTestDatabase } from '@/tests/support/test-database';

// The sign-in form with anything in its fields: the parse never throws, names only email and
// password, and `next` is always a path on this site; signIn never throws, and writes one attempt
// and no session for a wrong password.

const EMAIL = 'props-signin@tally.test';
const PASSWORD = 'a long enough password';

beforeAll(async () => {
  await migrateTestDatabase();
  await createEditor(EMAIL, PASSWORD);
});

const SEGMENTS = ['', '.', '..', '/', '\\', '%2e', '%2f', '%5c', 'evil.example', '\t', '\n'];
/** Addresses that try to leave the site, in every spelling a browser forgives. */
const offSite = fc.oneof(
  fc.constantFrom(
    '//evil.example',
    '/\\evil.example',
    '/.//evil.example/phish',
    '/./\\evil.example',
    '\\\\evil.example',
    'https://evil.example',
    'javascript:alert(1)',
    '/\u3002evil',
    '\t//evil.example',
    '/%2F%2Fevil.example',
    '/..//evil.example',
  ),
  fc
    .array(fc.constantFrom(...SEGMENTS, '。', '@', ':', '?', '#'), { maxLength: 8 })
    .map((parts) => `/${parts.join('/')}`),
  fc.constantFrom('/', '\\', '//').chain((lead) => hostileText(20).map((t) => `${lead}${t}`)),
);
const sameSite = fc
  .tuple(
    fc.array(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { minLength: 1, maxLength: 4 }),
    fc.option(fc.stringMatching(/^[a-z]{1,6}=[a-z0-9-]{0,12}$/), { nil: undefined }),
  )
  .map(([segments, query]) => `/${segments.join('/')}${query ? `?${query}` : ''}`);

const form = fc.record(
  {
    email: fc.oneof(anyText, fc.emailAddress(), hugeText),
    password: fc.oneof(anyText, hugeText),
    next: fc.oneof(offSite, sameSite, anyText, anyJson),
    extra: anyJson,
  },
  { requiredKeys: [] },
);

/** Where a browser on the sign-in page goes with a Location header of `next`. */
function followed(next: string): string {
  expect(() => new Headers({ location: next })).not.toThrow();
  return new URL(next, 'https://tally.example/editor/login?next=x').origin;
}

describe('SignInInput', () => {
  test('never throws, names only email and password, and keeps `next` on the site', () => {
    fc.assert(
      fc.property(form, (values) => {
        const parsed = SignInInput.safeParse(values);
        if (!parsed.success) {
          for (const field of parsed.error.issues.map((issue) => String(issue.path[0])))
            expect(['email', 'password']).toContain(field);
          return;
        }
        const { next } = parsed.data;
        expect(next).toMatch(/^\/(?![/\\])/);
        expect(followed(next)).toBe('https://tally.example');
      }),
      { numRuns: 300 },
    );
  });

  test('a path on this site is kept as it was', () => {
    fc.assert(
      fc.property(sameSite, (next) => {
        const parsed = SignInInput.parse({ email: EMAIL, password: PASSWORD, next });
        expect(parsed.next).toBe(next);
      }),
    );
  });
});

describe('signIn', () => {
  test('any email, password and address: no throw, one attempt stored, no session', async () => {
    const email = fc.oneof(fc.emailAddress(), hostileText(40), fc.constant(EMAIL));
    const wrongPassword = fc.oneof(anyText, hostileText(200)).filter((p) => p !== PASSWORD);
    const address = fc.oneof(fc.ipV4(), fc.ipV6(), hostileText(20));
    await fc.assert(
      fc.asyncProperty(email, wrongPassword, address, async (who, password, from) => {
        const before = await storedCounts();
        const result = await signIn(
          who,
          password,
          { address: from, userAgent: 'x' },
          nextSignInTime(),
        );
        expect(['invalid', 'limited']).toContain(result.status);
        const after = await storedCounts();
        expect(after).toEqual({ ...before, sign_in_attempts: (before.sign_in_attempts ?? 0) + 1 });
      }),
      { numRuns: 10 },
    );
  });

  test('the right password signs in from any address', async () => {
    const address = fc.oneof(fc.ipV4(), fc.ipV6(), hostileText(20));
    await fc.assert(
      fc.asyncProperty(address, async (from) => {
        const result = await signIn(EMAIL, PASSWORD, { address: from }, nextSignInTime());
        expect(result.status).toBe('signed-in');
      }),
      { numRuns: 3 },
    );
  });
});
