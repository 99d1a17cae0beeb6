import { SESSION_COOKIE } from '@/lib/auth/session-cookie';

const SESSION = new RegExp(`(?:^|;)\\s*${SESSION_COOKIE}=`);

/** Whether a Cookie header carries a session cookie at all (valid or not: only the database knows). */
export function hasSessionCookie(cookieHeader: string | null | undefined): boolean {
  return SESSION.test(cookieHeader ?? '');
}
