import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { Editor } from '@/lib/server/auth/credentials';
import { editorForApiToken } from '@/lib/server/auth/editors';
import { SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { editorForSession } from '@/lib/server/auth/sessions';

/** The signed-in editor of the current request (session cookie), or null. */
async function currentEditor(): Promise<Editor | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? editorForSession(token) : null;
}

/**
 * For pages and Server Actions that write: the signed-in editor, or a redirect to sign-in. Every
 * write checks this itself; proxy.ts only saves a round trip.
 */
export async function requireEditor(returnTo: string): Promise<Editor> {
  const editor = await currentEditor();
  if (!editor) redirect(`/editor/login?next=${encodeURIComponent(returnTo)}`);
  return editor;
}

/** For API routes: a session cookie or `Authorization: Bearer <editor token>`. */
export async function editorForRequest(request: Request): Promise<Editor | null> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  if (bearer) return editorForApiToken(bearer);
  return currentEditor();
}

/** Secure only over https (directly or behind a proxy that says so), so http intranets work. */
export async function sessionCookieOptions() {
  const forwarded = (await headers()).get('x-forwarded-proto')?.split(',')[0]?.trim();
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: forwarded === 'https',
    path: '/',
    // The server ends a session after 7 idle days; the cookie only needs to outlive that.
    maxAge: 30 * 24 * 60 * 60,
  };
}

/** The client's address for rate limiting: the first hop a proxy reports, else Next's own. */
export async function clientIp(): Promise<string> {
  const all = await headers();
  return all.get('x-forwarded-for')?.split(',')[0]?.trim() || all.get('x-real-ip') || 'unknown';
}
