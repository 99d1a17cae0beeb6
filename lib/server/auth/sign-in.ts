import 'server-only';
import { and, asc, count, eq, gt } from 'drizzle-orm';
import { db } from '@/db/client';
import { signInAttempts } from '@/db/schema';
import { findActiveEditor } from '@/lib/server/auth/editors';
import { verifyPassword } from '@/lib/auth/secrets';
import { createSession } from '@/lib/server/auth/sessions';

export const FAILURES_ALLOWED = 5;
const FAILURE_WINDOW_MS = 60_000;

export type SignInResult =
  | { status: 'signed-in'; sessionToken: string }
  // The message never says whether the email or the password was wrong.
  | { status: 'invalid' }
  | { status: 'limited'; retryAfterSeconds: number };

/**
 * Checks an email and password, at most FAILURES_ALLOWED failures a minute per email and per IP.
 * Failures are stored in the database, so every instance counts the same attempts.
 */
export async function signIn(
  email: string,
  password: string,
  ip: string,
  now = new Date(),
): Promise<SignInResult> {
  const retryAfter = await secondsUntilAllowed(email, ip, now);
  if (retryAfter > 0) return { status: 'limited', retryAfterSeconds: retryAfter };

  const editor = await findActiveEditor(email);
  // Hash even for an unknown email, so the answer takes as long either way.
  const stored = editor?.passwordHash ?? DUMMY_HASH;
  const isValid = (await verifyPassword(password, stored)) && editor !== null;
  if (!isValid || !editor) {
    await db
      .insert(signInAttempts)
      .values({ email, address: ip, outcome: 'failed', editorId: editor?.id, createdAt: now });
    return { status: 'invalid' };
  }
  return { status: 'signed-in', sessionToken: await createSession(editor.id) };
}

async function secondsUntilAllowed(email: string, ip: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const waits = await Promise.all(
    [eq(signInAttempts.email, email), eq(signInAttempts.address, ip)].map(async (who) => {
      const where = and(
        who,
        eq(signInAttempts.outcome, 'failed'),
        gt(signInAttempts.createdAt, since),
      );
      const [counted] = await db.select({ failures: count() }).from(signInAttempts).where(where);
      const failures = counted?.failures ?? 0;
      if (failures < FAILURES_ALLOWED) return 0;
      // Allowed again once the oldest failure that still counts leaves the window.
      const [oldest] = await db
        .select({ at: signInAttempts.createdAt })
        .from(signInAttempts)
        .where(where)
        .orderBy(asc(signInAttempts.createdAt))
        .limit(1)
        .offset(failures - FAILURES_ALLOWED);
      if (!oldest) return 0;
      return Math.ceil((oldest.at.getTime() + FAILURE_WINDOW_MS - now.getTime()) / 1000);
    }),
  );
  return Math.max(...waits);
}

// A well-formed hash that no password matches: checking against it costs what a real check costs.
const DUMMY_HASH = 'scrypt$32768$8$1$00000000000000000000000000000000$' + '0'.repeat(128);
