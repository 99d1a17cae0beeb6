import type { ReactNode } from 'react';

// Every door accepts only http(s) URLs; a row written some other way must still never become a
// javascript: link on a page that shows other people's data.
const WEB_URL = /^https?:\/\//i;

/** A link out of Tally: the site it leads to gets neither this window nor a referrer. */
export function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  if (!WEB_URL.test(href)) return <span>{children ?? href}</span>;
  return (
    <a href={href} rel="noopener noreferrer">
      {children ?? href}
    </a>
  );
}
