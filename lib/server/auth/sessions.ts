import 'server-only';
import { and, desc, eq, gt, isNull, ne } from 'drizzle-orm';
import { type Executor, db } from '@/db/client';
import { sessions } from '@/db/schema';
import { type Editor, findLiveCredential } from '@/lib/server/auth/credentials';
import { hashToken, randomToken } from '@/lib/auth/secrets';

/** A session ends after this long without a request. */
export const SESSION_IDLE_MS = 7 * 24 * 60 * 60 * 1000;
// Writing last_seen_at on every request would turn each page view into a write.
const TOUCH_EVERY_MS = 5 * 60 * 1000;

/**
 * Opens a session for a sign-in and returns the cookie's value: always a fresh random id (only
 * its hash is stored), never one the browser brought. The session the browser held before, if
 * any, ends in the same transaction, so a session id planted before sign-in (session fixation)
 * or left from an earlier sign-in stops working.
 */
export async function openSession(
  tx: Executor,
  editorId: number,
  now: Date,
  replacing?: string,
): Promise<string> {
  if (replacing) await endSession(tx, replacing, now);
  const token = randomToken();
  await tx
    .insert(sessions)
    .values({ tokenHash: hashToken(token), editorId, createdAt: now, lastSeenAt: now });
  return token;
}

/** The editor a session cookie belongs to, while neither it nor its editor is revoked or idle. */
export async function editorForSession(token: string, now = new Date()): Promise<Editor | null> {
  const found = await findLiveCredential(sessions, token);
  if (!found) return null;
  const idle = now.getTime() - found.credential.lastSeenAt.getTime();
  if (idle > SESSION_IDLE_MS) return null;
  if (idle > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, found.credential.id));
  }
  return found.editor;
}

export async function revokeSession(token: string): Promise<void> {
  await endSession(db, token, new Date());
}

async function endSession(executor: Executor, token: string, now: Date): Promise<void> {
  await executor
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.tokenHash, hashToken(token)), isNull(sessions.revokedAt)));
}

/** A session as its editor sees it on /editor/sign-ins. */
export type SessionSummary = { id: number; startedAt: Date; lastSeenAt: Date; current: boolean };

/** The editor's sessions that still work, newest first; `current` marks the one holding `token`. */
export async function liveSessions(
  editorId: number,
  token: string,
  now = new Date(),
): Promise<SessionSummary[]> {
  const rows = await db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.editorId, editorId),
        isNull(sessions.revokedAt),
        gt(sessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_MS)),
      ),
    )
    .orderBy(desc(sessions.createdAt), desc(sessions.id));
  const currentHash = hashToken(token);
  return rows.map((s) => ({
    id: s.id,
    startedAt: s.createdAt,
    lastSeenAt: s.lastSeenAt,
    current: s.tokenHash === currentHash,
  }));
}

/** Ends every session of the editor but the one holding `keep`; returns how many ended. */
export async function endOtherSessions(editorId: number, keep: string): Promise<number> {
  const ended = await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(sessions.editorId, editorId),
        isNull(sessions.revokedAt),
        ne(sessions.tokenHash, hashToken(keep)),
      ),
    )
    .returning({ id: sessions.id });
  return ended.length;
}
