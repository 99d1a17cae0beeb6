import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';
import './forms.css';
import styles from './layout.module.css';

export const metadata: Metadata = {
  title: { default: 'Tally', template: '%s · Tally' },
  description: 'Casualty and claim figures with their sources, dates and history.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className={styles.header}>
          <Link href="/" className={styles.brand}>
            Tally
          </Link>
          <span className={styles.tagline}>Every figure with its source</span>
          <Link href="/editor" className={styles.headerLink}>
            Editors
          </Link>
        </header>
        <main className={styles.page}>{children}</main>
        <footer className={styles.footer}>
          <Link href="/conventions">How Tally reads figures</Link>
          <span className="muted">
            Every figure is what its source said; intervals and checks are Tally’s reading.
          </span>
        </footer>
      </body>
    </html>
  );
}
