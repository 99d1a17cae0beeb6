import { beforeAll, describe, expect, test } from 'vitest';
import { createEditor } from '@/lib/server/auth/editors';
import { recentSignIns } from '@/lib/server/auth/sign-in-history';
import { endOtherSessions, editorForSession, liveSessions } from '@/lib/server/auth/sessions';
import { signIn } from '@/lib/server/auth/sign-in';
import type { Editor } from '@/lib/server/auth/credentials';
import { migrateTestDatabase } from '@/tests/support/test-database';

const PASSWORD = 'a long enough password';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
let editor: Editor;

beforeAll(async () => {
  await migrateTestDatabase();
  editor = await createEditor('watch@tally.test', PASSWORD);
  await createEditor('elsewhere@tally.test', PASSWORD);
});

async function sessionOf(email: string, address: string): Promise<string> {
  const result = await signIn(email, PASSWORD, { address, userAgent: FIREFOX });
  if (result.status !== 'signed-in') throw new Error(result.status);
  return result.sessionToken;
}

describe('recentSignIns', () => {
  test('lists every attempt with the editor’s email, newest first, with address and browser', async () => {
    const start = Date.now();
    const t = (seconds: number) => new Date(start + seconds * 1000);
    await signIn(
      'watch@tally.test',
      'a guess',
      { address: '203.0.113.1', userAgent: 'curl/8.5' },
      t(1),
    );
    for (let i = 0; i < 5; i++)
      await signIn('watch@tally.test', `guess ${i}`, { address: '203.0.113.2' }, t(2));
    await signIn('watch@tally.test', 'refused', { address: '203.0.113.2' }, t(3));
    await signIn(
      'watch@tally.test',
      PASSWORD,
      { address: '198.51.100.4', userAgent: FIREFOX },
      t(4),
    );
    await signIn('elsewhere@tally.test', 'a guess', { address: '203.0.113.1' }, t(5));

    const listed = (await recentSignIns(editor)).map(({ outcome, address, userAgent }) => ({
      outcome,
      address,
      userAgent,
    }));
    expect(listed[0]).toEqual({
      outcome: 'signed_in',
      address: '198.51.100.4',
      userAgent: FIREFOX,
    });
    expect(listed[1]).toEqual({ outcome: 'limited', address: '203.0.113.2', userAgent: null });
    expect(listed.slice(2, 7)).toEqual(
      Array(5).fill({ outcome: 'failed', address: '203.0.113.2', userAgent: null }),
    );
    expect(listed[7]).toEqual({ outcome: 'failed', address: '203.0.113.1', userAgent: 'curl/8.5' });
    expect(listed).toHaveLength(8);
  });

  test('keeps to the latest attempts', async () => {
    expect(await recentSignIns(editor, 3)).toHaveLength(3);
  });
});

describe('sessions', () => {
  test('lists the editor’s live sessions, marking this browser, and signs the others out', async () => {
    const phone = await sessionOf('watch@tally.test', '198.51.100.30');
    const laptop = await sessionOf('watch@tally.test', '198.51.100.31');
    const theirs = await sessionOf('elsewhere@tally.test', '198.51.100.32');

    const sessions = await liveSessions(editor.id, laptop);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions.length).toBeGreaterThanOrEqual(2);

    expect(await endOtherSessions(editor.id, laptop)).toBe(sessions.length - 1);
    expect(await editorForSession(phone)).toBeNull();
    expect(await editorForSession(laptop)).toMatchObject({ email: 'watch@tally.test' });
    expect(await editorForSession(theirs)).toMatchObject({ email: 'elsewhere@tally.test' });
    expect(await liveSessions(editor.id, laptop)).toEqual([
      expect.objectContaining({ current: true }),
    ]);
  });
});
