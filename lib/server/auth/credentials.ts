import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { type apiTokens, editors, type sessions } from '@/db/schema';
import { hashToken } from '@/lib/auth/secrets';

/** Someone allowed to write: what authorization checks hand to mutations. */
export type Editor = { id: number; email: string };

/**
 * The tables of secrets that stand for an editor: sessions (cookies) and API tokens. Both store
 * only the secret's SHA-256, so a leaked database hands out nothing that works.
 */
type CredentialTable = typeof sessions | typeof apiTokens;

/**
 * The credential a secret stands for, with its editor, while neither is revoked. Expiry beyond
 * revocation (a session's idle time) is the caller's rule.
 */
export async function findLiveCredential<T extends CredentialTable>(
  table: T,
  secret: string,
): Promise<{ credential: T['$inferSelect']; editor: Editor } | null> {
  const [row] = await db
    .select({ credential: table, editor: { id: editors.id, email: editors.email } })
    .from(table)
    .innerJoin(editors, eq(editors.id, table.editorId))
    .where(
      and(
        eq(table.tokenHash, hashToken(secret)),
        isNull(table.revokedAt),
        isNull(editors.revokedAt),
      ),
    );
  return row ?? null;
}
