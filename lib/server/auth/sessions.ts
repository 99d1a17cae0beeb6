import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { sessions } from '@/db/schema';
import { type Editor, findLiveCredential } from '@/lib/server/auth/credentials';
import { hashToken, randomToken } from '@/lib/auth/secrets';

/** A session ends after this long without a request. */
export const SESSION_IDLE_MS = 7 * 24 * 60 * 60 * 1000;
// Writing last_seen_at on every request would turn each page view into a write.
const TOUCH_EVERY_MS = 5 * 60 * 1000;

/** Opens a session and returns the cookie's value; only its hash is stored. */
export async function createSession(editorId: number): Promise<string> {
  const token = randomToken();
  await db
    .insert(sessions)
    .values({ tokenHash: hashToken(token), editorId, lastSeenAt: new Date() });
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
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.tokenHash, hashToken(token)), isNull(sessions.revokedAt)));
}
