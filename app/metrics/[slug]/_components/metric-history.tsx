import Link from 'next/link';
import { RecordHistoryDetails } from '@/app/_components/record-history';
import { listRecordRevisions } from '@/lib/server/catalog/queries';

/** The metric's own history (name, unit, parent…), and the way to change it. */
export async function MetricHistory({ metric }: { metric: { id: number; slug: string } }) {
  const revisions = await listRecordRevisions('metric', metric.id);
  return (
    <section aria-labelledby="metric-history-title">
      <h2 id="metric-history-title">History of this metric</h2>
      <RecordHistoryDetails revisions={revisions} />
      <p>
        <Link href={`/editor/metrics/${metric.slug}/edit`}>Edit metric</Link>{' '}
        <span className="muted">(editors)</span>
      </p>
    </section>
  );
}
