import 'server-only';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { type Transaction, db } from '@/db/client';
import { editors, signInAttempts } from '@/db/schema';
import {
  ADDRESS_FAILURES_NEEDED,
  EMAIL_UNDER_ATTACK,
  LOOKBACK_MS,
  PAIR_FAILURES_NEEDED,
  type RecentFailures,
  judgeSignIn,
} from '@/lib/auth/sign-in-policy';
import { verifyPassword } from '@/lib/auth/secrets';
import { openSession } from '@/lib/server/auth/sessions';

export type SignInResult =
  | { status: 'signed-in'; sessionToken: string }
  // The message never says whether the email or the password was wrong.
  | { status: 'invalid' }
  | { status: 'limited'; retryAfterSeconds: number };

/** Who is signing in, as the server saw them. */
export type SignInClient = {
  /** From lib/server/http/client-address.ts: never a header the client chose. */
  address: string;
  userAgent?: string | null;
  /** The session cookie the browser already holds: a sign-in ends it (no session fixation). */
  previousSession?: string;
};

// A browser's user agent is shown to the editor, not parsed: a bounded prefix is enough.
const USER_AGENT_CHARS = 400;

/**
 * Checks an email and password under the limits of lib/auth/sign-in-policy.ts, recording the
 * attempt. The attempt is reserved (stored as a failure) before its password is checked, in the
 * write transaction that counts the failures before it, so concurrent guesses cannot all pass
 * one count; a right password turns it into a sign-in, in the transaction that opens the session.
 */
export async function signIn(
  email: string,
  password: string,
  client: SignInClient,
  now = new Date(),
): Promise<SignInResult> {
  const attempt = await reserveAttempt(email, client, now);
  if (attempt.status === 'limited') return attempt;
  if (attempt.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, attempt.delayMs));
  // Hash even for an unknown email, so the answer takes as long either way.
  const matches = await verifyPassword(password, attempt.editor?.passwordHash ?? DUMMY_HASH);
  if (!matches || !attempt.editor) return { status: 'invalid' };
  const editorId = attempt.editor.id;
  const sessionToken = await db.transaction(async (tx) => {
    await tx
      .update(signInAttempts)
      .set({ outcome: 'signed_in' })
      .where(eq(signInAttempts.id, attempt.id));
    return openSession(tx, editorId, now, client.previousSession);
  });
  return { status: 'signed-in', sessionToken };
}

type Reserved =
  | { status: 'limited'; retryAfterSeconds: number }
  | {
      status: 'allowed';
      id: number;
      delayMs: number;
      editor: { id: number; passwordHash: string } | null;
    };

async function reserveAttempt(email: string, client: SignInClient, now: Date): Promise<Reserved> {
  // db.transaction begins IMMEDIATE: the write lock is held from the first count to the insert.
  return db.transaction(async (tx) => {
    const verdict = judgeSignIn(
      await recentFailures(tx, email, client.address, now),
      now.getTime(),
    );
    const [editor] = await tx
      .select({ id: editors.id, passwordHash: editors.passwordHash })
      .from(editors)
      .where(and(eq(editors.email, email), isNull(editors.revokedAt)));
    const [row] = await tx
      .insert(signInAttempts)
      .values({
        email,
        editorId: editor?.id,
        address: client.address,
        outcome: verdict.status === 'limited' ? 'limited' : 'failed',
        userAgent: client.userAgent?.slice(0, USER_AGENT_CHARS) || null,
        createdAt: now,
      })
      .returning({ id: signInAttempts.id });
    if (!row) throw new Error('the sign-in attempt was not stored');
    if (verdict.status === 'limited') return verdict;
    return { status: 'allowed', id: row.id, delayMs: verdict.delayMs, editor: editor ?? null };
  });
}

async function recentFailures(
  tx: Transaction,
  email: string,
  address: string,
  now: Date,
): Promise<RecentFailures> {
  const since = (ms: number) => gt(signInAttempts.createdAt, new Date(now.getTime() - ms));
  const failed = eq(signInAttempts.outcome, 'failed');
  const times = async (where: ReturnType<typeof and>, limit: number) =>
    (
      await tx
        .select({ at: signInAttempts.createdAt })
        .from(signInAttempts)
        .where(where)
        .orderBy(desc(signInAttempts.createdAt))
        .limit(limit)
    ).map((r) => r.at.getTime());

  const samePair = and(eq(signInAttempts.address, address), eq(signInAttempts.email, email));
  const signedIn = eq(signInAttempts.outcome, 'signed_in');
  const [lastSignIn] = await times(and(samePair, signedIn, since(LOOKBACK_MS)), 1);
  const pairSince = Math.min(LOOKBACK_MS, now.getTime() - (lastSignIn ?? 0));
  // Counted up to the threshold only: an email under a large attack has many failures.
  const emailFailures = await times(
    and(eq(signInAttempts.email, email), failed, since(EMAIL_UNDER_ATTACK.windowMs)),
    EMAIL_UNDER_ATTACK.failures,
  );
  return {
    address: await times(
      and(eq(signInAttempts.address, address), failed, since(LOOKBACK_MS)),
      ADDRESS_FAILURES_NEEDED,
    ),
    pair: await times(and(samePair, failed, since(pairSince)), PAIR_FAILURES_NEEDED),
    emailFailures: emailFailures.length,
  };
}

// A well-formed hash that no password matches: checking against it costs what a real check costs.
const DUMMY_HASH = 'scrypt$32768$8$1$00000000000000000000000000000000$' + '0'.repeat(128);
