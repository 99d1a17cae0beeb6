import 'server-only';
import { type SQL, desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { signInAttempts } from '@/db/schema';
import type { Editor } from '@/lib/server/auth/credentials';

export type SignInRecord = Pick<
  typeof signInAttempts.$inferSelect,
  'id' | 'createdAt' | 'address' | 'userAgent' | 'outcome'
>;

/**
 * The latest attempts to sign in as an editor, newest first: their own sign-ins, and every
 * attempt anyone made with their email (a wrong password, one refused by a limit), so an editor
 * can see who is trying their account and from where.
 */
export async function recentSignIns(editor: Editor, limit = 50): Promise<SignInRecord[]> {
  // Two index walks, each stopping at `limit`, rather than one OR that an email under attack
  // (thousands of attempts) would make sort in full.
  const newest = (where: SQL) =>
    db
      .select({
        id: signInAttempts.id,
        createdAt: signInAttempts.createdAt,
        address: signInAttempts.address,
        userAgent: signInAttempts.userAgent,
        outcome: signInAttempts.outcome,
      })
      .from(signInAttempts)
      .where(where)
      .orderBy(desc(signInAttempts.createdAt), desc(signInAttempts.id))
      .limit(limit);
  const [byEditor, byEmail] = await Promise.all([
    newest(eq(signInAttempts.editorId, editor.id)),
    newest(eq(signInAttempts.email, editor.email)),
  ]);
  const byId = new Map([...byEditor, ...byEmail].map((r) => [r.id, r]));
  return [...byId.values()]
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id)
    .slice(0, limit);
}
