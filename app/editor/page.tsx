import type { Metadata } from 'next';
import Link from 'next/link';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { listMetrics } from '@/lib/server/metrics/queries';
import { signOutAction } from './actions';
import styles from './page.module.css';

export const metadata: Metadata = { title: 'Editor' };

export default async function EditorHome() {
  const editor = await requireEditor('/editor');
  const metrics = await listMetrics();
  return (
    <section>
      <h1>Editor</h1>
      <p className="muted">
        Signed in as {editor.email}. <Link href="/editor/sign-ins">Sign-ins and browsers</Link>
      </p>
      <form action={signOutAction}>
        <button type="submit" className="secondary">
          Sign out
        </button>
      </form>
      <p>
        <Link href="/editor/import">Import a CSV or JSON file</Link> ·{' '}
        <Link href="/editor/extract">Paste an article and confirm the figures found in it</Link>
      </p>
      <h2>Enter an updated figure</h2>
      <p>
        <Link href="/editor/claims/new">A figure for a new metric</Link>, or for one of these:
      </p>
      <ul className={styles.metricList}>
        {metrics.map((m) => (
          <li key={m.slug}>
            <Link href={`/editor/claims/new?metric=${m.slug}`}>
              {m.name} <span className="muted">({m.topic})</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
