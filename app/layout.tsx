import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Tally', template: '%s · Tally' },
  description: 'Casualty and claim figures with their sources, dates and history.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            Tally
          </Link>
          <span className="tagline">Every figure with its source</span>
          <Link href="/editor" className="header-link">
            Editors
          </Link>
        </header>
        <main className="page">{children}</main>
      </body>
    </html>
  );
}
