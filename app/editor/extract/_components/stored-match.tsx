import Link from 'next/link';
import { type StoredMatch, storedMatchMessage } from '@/lib/claims/stored-match';
import styles from '@/app/editor/extract/page.module.css';

/** What saving a draft that is a stored claim does, in the form's words, with the claim linked. */
export function StoredMatchNote({ match }: { match: StoredMatch }) {
  const message = storedMatchMessage(match);
  const claim = `claim #${match.claimId}`;
  const at = message.indexOf(claim);
  return (
    <p className={styles.stored}>
      {message.slice(0, at)}
      <Link href={`/claims/${match.claimId}`}>{claim}</Link>
      {message.slice(at + claim.length)}
    </p>
  );
}
