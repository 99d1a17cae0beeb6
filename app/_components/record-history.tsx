import type { RecordChange, RecordRevisionView } from '@/lib/server/catalog/queries';
import { REVISION_ACTION_LABELS } from '@/lib/labels';
import { formatInstant } from '@/lib/text/format';
import styles from './record-history.module.css';

/** Who made a change, by id only: an editor's email is never shown. */
export function editorLabel(editorId: number | null): string {
  return editorId === null ? 'seed/CLI' : `editor #${editorId}`;
}

/** One change as a sentence: "Name changed from “A” to “B”", "Byline set to …", "… cleared". */
function ChangeSentence({ change }: { change: RecordChange }) {
  const { label, before, after } = change;
  if (before === null)
    return (
      <>
        {label} set to <q>{after}</q>
      </>
    );
  if (after === null)
    return (
      <>
        {label} cleared (was <q>{before}</q>)
      </>
    );
  return (
    <>
      {label} changed from <q>{before}</q> to <q>{after}</q>
    </>
  );
}

/**
 * A metric's, source's or document's revisions, oldest first: who, when, what was done and why,
 * and each field that changed since the revision before. The caller gives it its heading (a
 * section or a <details>), from `listRecordRevisions` in lib/server/catalog/queries.ts.
 */
export function RecordHistory({ revisions }: { revisions: RecordRevisionView[] }) {
  if (revisions.length === 0) return <p className="muted">No changes were recorded.</p>;
  return (
    <ol className={styles.list}>
      {revisions.map((revision, i) => (
        <li key={i} className={styles.item}>
          <p className={styles.head}>
            <strong>{REVISION_ACTION_LABELS[revision.action]}</strong>
            <span>{formatInstant(revision.created_at)}</span>
            <span className="muted">by {editorLabel(revision.editor_id)}</span>
          </p>
          {revision.reason && <p>Reason: {revision.reason}</p>}
          {revision.changes.length > 0 && (
            <ul className={styles.changes}>
              {revision.changes.map((change) => (
                <li key={change.field}>
                  <ChangeSentence change={change} />
                </li>
              ))}
            </ul>
          )}
          {i > 0 && revision.action === 'edit' && revision.changes.length === 0 && (
            <p className="muted">No field changed.</p>
          )}
        </li>
      ))}
    </ol>
  );
}

/** RecordHistory folded away under a summary that counts the changes, for the foot of a page. */
export function RecordHistoryDetails({ revisions }: { revisions: RecordRevisionView[] }) {
  const edits = revisions.length - 1;
  return (
    <details className={styles.details}>
      <summary>
        {edits > 0
          ? `${edits} ${edits === 1 ? 'change' : 'changes'} since it was created: who, when and why`
          : 'No changes since it was created'}
      </summary>
      <RecordHistory revisions={revisions} />
    </details>
  );
}
