import Link from 'next/link';

/**
 * Labels what follows as Tally's reading, not the source's words, and links to the page that
 * explains every convention. `reading` is the convention that applies, when there is one.
 */
export function ReadingNote({
  reading,
  anchor = 'hedges',
}: {
  reading?: string | null;
  anchor?: string;
}) {
  return (
    <span className="reading-note">
      {reading ? `${reading}. ` : 'Tally’s reading, not the source’s words. '}
      <Link href={`/conventions#${anchor}`}>How Tally reads figures</Link>
    </span>
  );
}
