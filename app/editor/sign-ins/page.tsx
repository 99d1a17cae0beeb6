import type { Metadata } from 'next';
import Link from 'next/link';
import { cookies } from 'next/headers';
import { formatInstant } from '@/lib/text/format';
import { SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { type SignInRecord, recentSignIns } from '@/lib/server/auth/sign-in-history';
import { liveSessions } from '@/lib/server/auth/sessions';
import { signOutOthersAction } from './actions';
import styles from './page.module.css';

export const metadata: Metadata = { title: 'Sign-ins' };

const OUTCOME_WORDS: Record<SignInRecord['outcome'], string> = {
  signed_in: 'Signed in',
  failed: 'Wrong password',
  limited: 'Refused: too many failures',
};

export default async function SignInsPage() {
  const editor = await requireEditor('/editor/sign-ins');
  const token = (await cookies()).get(SESSION_COOKIE)?.value ?? '';
  const [attempts, sessions] = await Promise.all([
    recentSignIns(editor),
    liveSessions(editor.id, token),
  ]);
  const others = sessions.filter((s) => !s.current).length;
  return (
    <section>
      <p>
        <Link href="/editor">← Editor</Link>
      </p>
      <h1>Sign-ins</h1>
      <p className="muted">
        The latest attempts to sign in as {editor.email}, yours and anyone else&apos;s, newest
        first. A wrong password from an address you do not know means someone is trying your
        account; a refused one was stopped before its password was checked.
      </p>
      <div className="table-scroll">
        <table aria-labelledby="attempts-caption">
          <caption id="attempts-caption">Sign-in attempts</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Outcome</th>
              <th scope="col">Address</th>
              <th scope="col">Browser</th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((a) => (
              <tr key={a.id}>
                <td className="nowrap">{formatInstant(a.createdAt.toISOString())}</td>
                <td className={a.outcome === 'signed_in' ? undefined : styles.refused}>
                  {OUTCOME_WORDS[a.outcome]}
                </td>
                <td className={styles.address}>{a.address}</td>
                <td className={styles.browser}>{a.userAgent ?? 'not sent'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Signed-in browsers</h2>
      <p className="muted">Sessions end after 7 days without use, or when signed out.</p>
      <ul>
        {sessions.map((s) => (
          <li key={s.id}>
            Signed in {formatInstant(s.startedAt.toISOString())}, last active{' '}
            {formatInstant(s.lastSeenAt.toISOString())}
            {s.current && <strong> (this browser)</strong>}
          </li>
        ))}
      </ul>
      {others > 0 && (
        <form action={signOutOthersAction}>
          <button type="submit" className="secondary">
            Sign out the {others === 1 ? 'other browser' : `${others} other browsers`}
          </button>
        </form>
      )}
    </section>
  );
}
