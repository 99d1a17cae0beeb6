import Link from 'next/link';
import { RecordHistoryDetails } from '@/app/_components/record-history';
import { listRecordRevisions } from '@/lib/server/catalog/queries';
import { listMergedSources } from '@/lib/server/sources/queries';
import styles from '../page.module.css';

/**
 * The source's own history (name, kind, other names, merges), the histories of the sources merged
 * into it (their pages lead here), and the way to change it.
 */
export async function SourceHistory({ source }: { source: { id: number; slug: string } }) {
  const [revisions, merged] = await Promise.all([
    listRecordRevisions('source', source.id),
    listMergedSources(source.id),
  ]);
  const mergedHistories = await Promise.all(merged.map((m) => listRecordRevisions('source', m.id)));
  return (
    <section aria-labelledby="source-history-title">
      <h2 id="source-history-title">History of this source</h2>
      <RecordHistoryDetails revisions={revisions} />
      {merged.map((m, i) => (
        <section key={m.slug} aria-label={`History of ${m.name}, merged into this source`}>
          <h3 className={styles.mergedTitle}>
            {m.name} <span className={styles.mergedNote}>({m.slug}), merged into this source</span>
          </h3>
          <RecordHistoryDetails revisions={mergedHistories[i] ?? []} />
        </section>
      ))}
      <p>
        <Link href={`/editor/sources/${source.slug}/edit`}>Edit source</Link>{' '}
        <span className="muted">(editors)</span>
      </p>
    </section>
  );
}
