import { beforeAll, describe, expect, test } from 'vitest';
import {
  createEditor,
  editorForApiToken,
  issueApiToken,
  revokeEditor,
} from '@/lib/server/auth/editors';
import { hashPassword, verifyPassword } from '@/lib/auth/secrets';
import { SESSION_IDLE_MS, editorForSession, revokeSession } from '@/lib/server/auth/sessions';
import { signIn } from '@/lib/server/auth/sign-in';
import { migrateTestDatabase } from '@/tests/support/test-database';

const PASSWORD = 'a long enough password';

beforeAll(async () => {
  await migrateTestDatabase();
  await createEditor('ed@tally.test', PASSWORD);
});

describe('passwords', () => {
  test('are salted per hash and verify only the right password', async () => {
    const [a, b] = [await hashPassword(PASSWORD), await hashPassword(PASSWORD)];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[0-9a-f]{32}\$[0-9a-f]{128}$/);
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword(`${PASSWORD}!`, a)).toBe(false);
  });

  test.each([
    ['another scheme', 'bcrypt$12$abc'],
    ['a missing part', 'scrypt$32768$8$1$00ff'],
    ['a cost that is not a number', 'scrypt$N$8$1$00ff$00ff'],
    ['salt that is not hex', 'scrypt$32768$8$1$salt$00ff'],
    ['nothing', ''],
  ])('a stored hash of another shape (%s) matches no password', async (_case, stored) => {
    expect(await verifyPassword(PASSWORD, stored)).toBe(false);
  });
});

describe('signIn', () => {
  test('opens a session that finds its editor, until it is revoked', async () => {
    const result = await signIn('ed@tally.test', PASSWORD, { address: '198.51.100.1' });
    if (result.status !== 'signed-in') throw new Error(result.status);
    expect(await editorForSession(result.sessionToken)).toMatchObject({ email: 'ed@tally.test' });
    await revokeSession(result.sessionToken);
    expect(await editorForSession(result.sessionToken)).toBeNull();
  });

  test('a session idle for more than 7 days has ended', async () => {
    const result = await signIn('ed@tally.test', PASSWORD, { address: '198.51.100.2' });
    if (result.status !== 'signed-in') throw new Error(result.status);
    const later = new Date(Date.now() + SESSION_IDLE_MS + 1000);
    expect(await editorForSession(result.sessionToken, later)).toBeNull();
  });

  test('the same answer for a wrong password and an unknown email', async () => {
    expect(await signIn('ed@tally.test', 'wrong password!', { address: '198.51.100.3' })).toEqual({
      status: 'invalid',
    });
    expect(await signIn('nobody@tally.test', PASSWORD, { address: '198.51.100.3' })).toEqual({
      status: 'invalid',
    });
  });
});

describe('hostile input', () => {
  test.each([
    ['a NUL', 'ed\u0000@tally.test'],
    ['a lone surrogate', '\ud800@tally.test'],
    ['right-to-left marks', '\u202eed@tally.test'],
    ['320 characters', `${'a'.repeat(308)}@tally.test`],
  ])('an email with %s is answered and recorded, never thrown', async (_case, email) => {
    const address = `198.51.100.${email.length % 200}`;
    expect(await signIn(email, PASSWORD, { address, userAgent: '\u0000'.repeat(1000) })).toEqual({
      status: 'invalid',
    });
  });
});

describe('a new session id on every sign-in', () => {
  const signedIn = async (email: string, previousSession?: string) => {
    const result = await signIn(email, PASSWORD, { address: '198.51.100.20', previousSession });
    if (result.status !== 'signed-in') throw new Error(result.status);
    return result.sessionToken;
  };

  test('signing in again ends the session the browser held and hands out another', async () => {
    const first = await signedIn('ed@tally.test');
    const second = await signedIn('ed@tally.test', first);
    expect(second).not.toBe(first);
    expect(await editorForSession(first)).toBeNull();
    expect(await editorForSession(second)).toMatchObject({ email: 'ed@tally.test' });
  });

  test('a session id planted in the browser is never the one that signs in', async () => {
    const planted = 'an id an attacker chose for the victim';
    const token = await signedIn('ed@tally.test', planted);
    expect(token).not.toBe(planted);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await editorForSession(planted)).toBeNull();
  });

  test('signing in as another editor ends the first editor’s session in that browser', async () => {
    await createEditor('second@tally.test', PASSWORD);
    const first = await signedIn('ed@tally.test');
    await signedIn('second@tally.test', first);
    expect(await editorForSession(first)).toBeNull();
  });

  test('a failed sign-in leaves the browser’s session as it was', async () => {
    const session = await signedIn('ed@tally.test');
    const failed = await signIn('ed@tally.test', 'not the password', {
      address: '198.51.100.21',
      previousSession: session,
    });
    expect(failed.status).toBe('invalid');
    expect(await editorForSession(session)).toMatchObject({ email: 'ed@tally.test' });
  });

  test('other browsers stay signed in', async () => {
    const laptop = await signedIn('ed@tally.test');
    await signedIn('ed@tally.test');
    expect(await editorForSession(laptop)).toMatchObject({ email: 'ed@tally.test' });
  });
});

describe('revoking an editor', () => {
  test('ends its sessions and tokens', async () => {
    await createEditor('gone@tally.test', PASSWORD);
    const token = await issueApiToken('gone@tally.test');
    const session = await signIn('gone@tally.test', PASSWORD, { address: '198.51.100.9' });
    if (!token || session.status !== 'signed-in') throw new Error('setup failed');
    expect(await editorForApiToken(token)).toMatchObject({ email: 'gone@tally.test' });
    expect(await revokeEditor('gone@tally.test')).toBe(true);
    expect(await editorForApiToken(token)).toBeNull();
    expect(await editorForSession(session.sessionToken)).toBeNull();
    expect((await signIn('gone@tally.test', PASSWORD, { address: '198.51.100.9' })).status).toBe(
      'invalid',
    );
  });
});
