import Link from 'next/link';
import { RecordHistoryDetails } from '@/app/_components/record-history';
import { listClaimDocuments } from '@/lib/server/catalog/edit-forms';
import { listRecordRevisions } from '@/lib/server/catalog/queries';

/**
 * The history of each document the claim appeared in (a corrected title or link changes what
 * every claim citing it shows), and the way to correct one. Its heading does not say "History":
 * that is the claim's own section, which readers and tests find by that name.
 */
export async function DocumentHistory({ claimId }: { claimId: number }) {
  const documents = await listClaimDocuments(claimId);
  if (documents.length === 0) return null;
  const histories = await Promise.all(documents.map((d) => listRecordRevisions('document', d.id)));
  return (
    <section aria-labelledby="document-history-title">
      <h2 id="document-history-title">
        {documents.length === 1 ? 'Changes to the document' : 'Changes to the documents'}
      </h2>
      {documents.map((document, i) => (
        <div key={document.id}>
          {documents.length > 1 && <h3>{document.heading}</h3>}
          <RecordHistoryDetails revisions={histories[i] ?? []} />
          <p>
            <Link href={`/editor/documents/${document.id}/edit?claim=${claimId}`}>
              Edit document
            </Link>{' '}
            <span className="muted">(editors)</span>
          </p>
        </div>
      ))}
    </section>
  );
}
