import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { parseId } from '@/lib/api/responses';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { loadDocumentEditForm } from '@/lib/server/catalog/edit-forms';
import { listRecordRevisions } from '@/lib/server/catalog/queries';
import { RecordHistoryDetails } from '@/app/_components/record-history';
import { DocumentEditForm } from './_components/document-edit-form';
import { editDocumentAction } from './actions';

export const metadata: Metadata = { title: 'Edit a document' };

type Props = {
  params: Promise<{ id: string }>;
  // The claim the editor came from, to return to after saving.
  searchParams: Promise<{ claim?: string | string[] }>;
};

export default async function EditDocumentPage({ params, searchParams }: Props) {
  const raw = (await params).id;
  const rawClaim = (await searchParams).claim;
  const claimId = typeof rawClaim === 'string' ? parseId(rawClaim) : null;
  await requireEditor(
    `/editor/documents/${raw}/edit${claimId === null ? '' : `?claim=${claimId}`}`,
  );
  const id = parseId(raw);
  const form = id === null ? null : await loadDocumentEditForm(id);
  if (!form) notFound();
  const revisions = await listRecordRevisions('document', form.id);
  return (
    <section>
      {claimId !== null && (
        <p className="muted">
          <Link href={`/claims/${claimId}`}>← Back to the claim</Link>
        </p>
      )}
      <h1>Edit the document: {form.heading}</h1>
      <p className="muted">
        Every claim that cites this document shows the change. It is kept in the document&apos;s
        public history, with your reason.
      </p>
      <DocumentEditForm
        action={editDocumentAction.bind(null, { id: form.id, claimId })}
        defaults={form.values}
      />
      <section aria-labelledby="document-history-title">
        <h2 id="document-history-title">History of this document</h2>
        <RecordHistoryDetails revisions={revisions} />
      </section>
    </section>
  );
}
