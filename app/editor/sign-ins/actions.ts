'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { endOtherSessions } from '@/lib/server/auth/sessions';

/** Signs out every other browser of the signed-in editor; this one stays signed in. */
export async function signOutOthersAction(): Promise<void> {
  const editor = await requireEditor('/editor/sign-ins');
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  // requireEditor found a session, so the cookie is there; without it nothing is kept.
  if (token) await endOtherSessions(editor.id, token);
  redirect('/editor/sign-ins');
}
