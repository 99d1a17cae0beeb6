import type { ClaimRevisionJson } from '@/lib/api/response-schemas';
import { diffSnapshots } from '@/lib/claims/rules/revision-diff';
import { REVISION_ACTION_LABELS } from '@/lib/labels';
import { formatInstant } from '@/lib/text/format';
import styles from '@/app/claims/[id]/page.module.css';

/** Who made a change, by id only: an editor's email is never shown. */
function editorLabel(editorId: number | null): string {
  return editorId === null ? 'seed/CLI' : `editor #${editorId}`;
}

/** Every revision, oldest first, with what changed since the snapshot before it. */
export function RevisionHistory({ revisions }: { revisions: ClaimRevisionJson[] }) {
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      {revisions.length === 0 ? (
        <p className="muted">No revisions were recorded for this claim.</p>
      ) : (
        <ol className={styles.list}>
          {revisions.map((revision, i) => {
            const previous = i > 0 ? revisions[i - 1] : null;
            const changes = previous ? diffSnapshots(previous.snapshot, revision.snapshot) : [];
            return (
              <li key={i} className={styles.item}>
                <div className={styles.itemHead}>
                  <strong>{REVISION_ACTION_LABELS[revision.action]}</strong>
                  <span>{formatInstant(revision.created_at)}</span>
                  <span className="muted">by {editorLabel(revision.editor_id)}</span>
                </div>
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
                {previous && changes.length === 0 && <p className="muted">No field changed.</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
