import type { ClaimRevisionJson } from '@/lib/api/response-schemas';
import { formatInstant } from '@/lib/text/format';
import styles from '@/app/claims/[id]/page.module.css';

/** Says, before anything else, that a claim was withdrawn, when, and why (its latest retraction). */
export function RetractionBanner({ revisions }: { revisions: ClaimRevisionJson[] }) {
  const retraction = revisions.findLast((revision) => revision.action === 'retract');
  return (
    <section className={styles.banner} aria-labelledby="retracted-title">
      <h2 id="retracted-title" className={styles.bannerTitle}>
        This claim was retracted
        {retraction && ` on ${formatInstant(retraction.created_at)}`}
      </h2>
      <p>
        {retraction?.reason
          ? `Reason: ${retraction.reason}`
          : 'No reason was recorded for the retraction.'}
      </p>
      <p>It is kept here, with its history, so that links to it still lead somewhere.</p>
    </section>
  );
}
