import { UsageError } from '@/lib/errors';
import { openMigratedDatabase } from './open';
import { readPassword } from './password-input';

const USAGE = 'editor add <email> | editor token <email> | editor revoke <email>';

/** `editor add|token|revoke <email>`: manage who may write. */
export async function editorCommand([action, rawEmail, ...rest]: string[]): Promise<number> {
  if (!action || !rawEmail || rest.length > 0) throw new UsageError(`usage: ${USAGE}`);
  await openMigratedDatabase();
  const { EditorEmail, EditorPassword, createEditor, issueApiToken, revokeEditor } =
    await import('@/lib/server/auth/editors');
  const email = EditorEmail.safeParse(rawEmail);
  if (!email.success) throw new UsageError(`email: ${email.error.issues[0]?.message}`);

  switch (action) {
    case 'add': {
      const password = EditorPassword.safeParse(await readPassword(`Password for ${email.data}: `));
      if (!password.success) throw new UsageError(`password: ${password.error.issues[0]?.message}`);
      try {
        await createEditor(email.data, password.data);
      } catch (error) {
        throw new UsageError(error instanceof Error ? error.message : String(error));
      }
      console.log(`Editor ${email.data} added. Sign in at /editor/login.`);
      return 0;
    }
    case 'token': {
      const token = await issueApiToken(email.data);
      if (!token) throw new UsageError(`no active editor ${email.data}`);
      console.error(`A new API token for ${email.data}; it is shown only this once:`);
      console.log(token);
      return 0;
    }
    case 'revoke': {
      if (!(await revokeEditor(email.data))) throw new UsageError(`no active editor ${email.data}`);
      console.log(`Editor ${email.data} revoked, with all sessions and tokens.`);
      return 0;
    }
    default:
      throw new UsageError(`usage: ${USAGE}`);
  }
}
