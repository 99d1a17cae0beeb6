import { beforeAll, describe, expect, test } from 'vitest';
import {
  createEditor,
  editorForApiToken,
  issueApiToken,
  revokeEditor,
} from '@/lib/server/auth/editors';
import { hashPassword, verifyPassword } from '@/lib/auth/secrets';
import { SESSION_IDLE_MS, editorForSession, revokeSession } from '@/lib/server/auth/sessions';
import { FAILURES_ALLOWED, signIn } from '@/lib/server/auth/sign-in';
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
    const result = await signIn('ed@tally.test', PASSWORD, '198.51.100.1');
    if (result.status !== 'signed-in') throw new Error(result.status);
    expect(await editorForSession(result.sessionToken)).toMatchObject({ email: 'ed@tally.test' });
    await revokeSession(result.sessionToken);
    expect(await editorForSession(result.sessionToken)).toBeNull();
  });

  test('a session idle for more than 7 days has ended', async () => {
    const result = await signIn('ed@tally.test', PASSWORD, '198.51.100.2');
    if (result.status !== 'signed-in') throw new Error(result.status);
    const later = new Date(Date.now() + SESSION_IDLE_MS + 1000);
    expect(await editorForSession(result.sessionToken, later)).toBeNull();
  });

  test('the same answer for a wrong password and an unknown email', async () => {
    expect(await signIn('ed@tally.test', 'wrong password!', '198.51.100.3')).toEqual({
      status: 'invalid',
    });
    expect(await signIn('nobody@tally.test', PASSWORD, '198.51.100.3')).toEqual({
      status: 'invalid',
    });
  });

  test('after five failures a minute for one email, even the right password waits', async () => {
    await createEditor('limit@tally.test', PASSWORD);
    const now = new Date();
    for (let i = 0; i < FAILURES_ALLOWED; i++) {
      expect((await signIn('limit@tally.test', 'wrong', `192.0.2.${i}`, now)).status).toBe(
        'invalid',
      );
    }
    const limited = await signIn(
      'limit@tally.test',
      PASSWORD,
      '192.0.2.99',
      new Date(now.getTime() + 10_000),
    );
    expect(limited).toEqual({ status: 'limited', retryAfterSeconds: 50 });
    const later = await signIn(
      'limit@tally.test',
      PASSWORD,
      '192.0.2.99',
      new Date(now.getTime() + 61_000),
    );
    expect(later.status).toBe('signed-in');
  });

  test('after five failures a minute from one address, other emails wait too', async () => {
    const now = new Date(Date.now() + 120_000);
    for (let i = 0; i < FAILURES_ALLOWED; i++)
      await signIn(`guess${i}@tally.test`, 'wrong', '203.0.113.5', now);
    expect((await signIn('ed@tally.test', PASSWORD, '203.0.113.5', now)).status).toBe('limited');
  });
});

describe('revoking an editor', () => {
  test('ends its sessions and tokens', async () => {
    await createEditor('gone@tally.test', PASSWORD);
    const token = await issueApiToken('gone@tally.test');
    const session = await signIn('gone@tally.test', PASSWORD, '198.51.100.9');
    if (!token || session.status !== 'signed-in') throw new Error('setup failed');
    expect(await editorForApiToken(token)).toMatchObject({ email: 'gone@tally.test' });
    expect(await revokeEditor('gone@tally.test')).toBe(true);
    expect(await editorForApiToken(token)).toBeNull();
    expect(await editorForSession(session.sessionToken)).toBeNull();
    expect((await signIn('gone@tally.test', PASSWORD, '198.51.100.9')).status).toBe('invalid');
  });
});
