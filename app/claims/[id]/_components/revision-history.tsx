import { editorLabel } from '@/app/_components/record-history';
import type { ClaimPageRevision } from '@/lib/server/claims/claim-page';
import { diffSnapshots } from '@/lib/claims/rules/revision-diff';
import { REVISION_ACTION_LABELS } from '@/lib/labels';
import { APPEARANCE_COLUMNS } from '@/lib/claims/input/columns';
import { formatInstant } from '@/lib/text/format';
import styles from '@/app/claims/[id]/page.module.css';

/**
 * Every revision, oldest first, with what changed since the snapshot before it; a document found
 * is named (the count going up says nothing more). The claims merged into this one are named
 * too: their addresses lead here.
 */
export function RevisionHistory({
  revisions,
  mergedFrom,
}: {
  revisions: ClaimPageRevision[];
  mergedFrom: number[];
}) {
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <MergedFrom ids={mergedFrom} />
      {revisions.length === 0 ? (
        <p className="muted">No revisions were recorded for this claim.</p>
      ) : (
        <ol className={styles.list}>
          {revisions.map((revision, i) => {
            const previous = i > 0 ? revisions[i - 1] : null;
            const isAppearance = revision.action === 'appearance';
            const diff = previous ? diffSnapshots(previous.snapshot, revision.snapshot) : [];
            // An appearance adds one to the count and names its document; when it was published
            // earlier, the claim's document and quote become its: said once, not field by field.
            const becameFirst =
              isAppearance && diff.some((change) => FIRST_APPEARANCE_FIELDS.has(change.field));
            const changes = isAppearance
              ? diff.filter(
                  (change) =>
                    change.field !== 'appearance_count' &&
                    !FIRST_APPEARANCE_FIELDS.has(change.field),
                )
              : diff;
            return (
              <li key={i} className={styles.item}>
                <div className={styles.itemHead}>
                  <strong>{REVISION_ACTION_LABELS[revision.action]}</strong>
                  <span>{formatInstant(revision.created_at)}</span>
                  <span className="muted">by {editorLabel(revision.editor_id)}</span>
                </div>
                {isAppearance && revision.addedDocument && (
                  <p>
                    Document: <q>{revision.addedDocument}</q>
                    {becameFirst && ', published earlier: now the first appearance'}
                  </p>
                )}
                {revision.reason && <p>Reason: {revision.reason}</p>}
                {changes.length > 0 && (
                  <ul className={styles.changes}>
                    {changes.map((change) => (
                      <li key={change.field}>
                        <span className={styles.field}>{change.field}</span> {change.before} →{' '}
                        {change.after}
                      </li>
                    ))}
                  </ul>
                )}
                {previous && !isAppearance && changes.length === 0 && (
                  <p className="muted">No field changed.</p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

// The fields a claim shows from its first appearance.
const FIRST_APPEARANCE_FIELDS: ReadonlySet<string> = new Set(APPEARANCE_COLUMNS);

/** "Claim #12 was this same figure…": the exact duplicates merged into this claim. */
function MergedFrom({ ids }: { ids: number[] }) {
  if (ids.length === 0) return null;
  const names = ids.map((id) => `#${id}`).join(', ');
  return (
    <p>
      {ids.length === 1 ? `Claim ${names} was` : `Claims ${names} were`} this same figure stored
      again, and {ids.length === 1 ? 'was' : 'were'} merged into this one: links to{' '}
      {ids.length === 1 ? 'it' : 'them'} lead here.
    </p>
  );
}
