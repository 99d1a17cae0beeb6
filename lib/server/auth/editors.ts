import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { apiTokens, editors, sessions } from '@/db/schema';
import { hashPassword, hashToken, randomToken } from '@/lib/auth/secrets';
import { type Editor, findLiveCredential } from '@/lib/server/auth/credentials';

export const EditorEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Use an email address like name@example.org' }));

export const EditorPassword = z
  .string()
  .min(12, 'Use a password of at least 12 characters')
  .max(200, 'Use a password of at most 200 characters');

export async function createEditor(email: string, password: string): Promise<Editor> {
  const [existing] = await db.select().from(editors).where(eq(editors.email, email));
  if (existing) throw new Error(`An editor ${email} already exists`);
  const [created] = await db
    .insert(editors)
    .values({ email, passwordHash: await hashPassword(password) })
    .returning({ id: editors.id, email: editors.email });
  if (!created) throw new Error(`The editor ${email} was not stored`);
  return created;
}

export async function findActiveEditor(email: string) {
  const [editor] = await db
    .select()
    .from(editors)
    .where(and(eq(editors.email, email), isNull(editors.revokedAt)));
  return editor ?? null;
}

export async function hasAnyEditor(): Promise<boolean> {
  const [editor] = await db.select({ id: editors.id }).from(editors).limit(1);
  return editor !== undefined;
}

/** Disables an editor with every session and token it holds; nothing is deleted. */
export async function revokeEditor(email: string): Promise<boolean> {
  const now = new Date();
  return db.transaction(async (tx) => {
    const [editor] = await tx
      .update(editors)
      .set({ revokedAt: now })
      .where(and(eq(editors.email, email), isNull(editors.revokedAt)))
      .returning({ id: editors.id });
    if (!editor) return false;
    await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.editorId, editor.id), isNull(sessions.revokedAt)));
    await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.editorId, editor.id), isNull(apiTokens.revokedAt)));
    return true;
  });
}

/** A new API token for an editor: returned once, stored only as its hash. */
export async function issueApiToken(email: string): Promise<string | null> {
  const editor = await findActiveEditor(email);
  if (!editor) return null;
  const token = `tally_${randomToken()}`;
  await db.insert(apiTokens).values({ tokenHash: hashToken(token), editorId: editor.id });
  return token;
}

/** The editor an API token belongs to, if the token and its editor are both still valid. */
export async function editorForApiToken(token: string): Promise<Editor | null> {
  const found = await findLiveCredential(apiTokens, token);
  if (!found) return null;
  await db
    .update(apiTokens)
    .set({ lastUsedAt: new Date() })
    .where(eq(apiTokens.id, found.credential.id));
  return found.editor;
}
