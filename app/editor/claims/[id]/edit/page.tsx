import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { parseId } from '@/lib/api/responses';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { qualifiedValueInWords } from '@/lib/text/format';
import { getClaimDetail } from '@/lib/server/claims/queries';
import { loadClaimFormOptions } from '@/lib/server/editor/form-options';
import { claimToFormValues } from '@/lib/editor/prefill';
import { ClaimForm } from '@/app/editor/claims/_components/claim-form';
import { RetractForm } from '@/app/editor/claims/_components/retract-form';
import { editClaimAction, retractClaimAction } from './actions';

export const metadata: Metadata = { title: 'Edit a figure' };

type Props = { params: Promise<{ id: string }> };

export default async function EditClaimPage({ params }: Props) {
  const raw = (await params).id;
  await requireEditor(`/editor/claims/${raw}/edit`);
  const id = parseId(raw);
  const claim = id === null ? null : await getClaimDetail(id);
  if (!claim || id === null) notFound();
  if (claim.merged_into !== null) redirect(`/editor/claims/${claim.merged_into}/edit`);
  const first = claim.appearances.find((a) => a.first);
  const options = await loadClaimFormOptions();
  const sourceSlugs = new Map(options.sources.map((s) => [s.name, s.slug]));

  return (
    <section>
      <p className="muted">
        <Link href={`/claims/${id}`}>← Back to the claim</Link>
      </p>
      <h1>
        Edit: {qualifiedValueInWords(claim)} — {claim.metric_name}
      </h1>
      {claim.status === 'retracted' ? (
        <p className="notice">
          This figure is retracted; its history is kept, and it cannot be edited.
        </p>
      ) : (
        <>
          <p className="muted">
            Every change is kept in the claim&apos;s public history, with your reason.
          </p>
          {claim.appearance_count > 1 && (
            <p className="notice">
              This claim appeared in {claim.appearance_count} documents. The figure, claimant and
              dates below are the claim&apos;s, in every one of them; the document, quote, relay and
              attribution are its first appearance&apos;s ({first?.title ?? first?.url}).
            </p>
          )}
          <ClaimForm
            action={editClaimAction.bind(null, id)}
            defaults={claimToFormValues(claim, sourceSlugs)}
            submitLabel="Save the change"
            reasonLabel="Reason for the change"
            {...options}
          />
          <h2>Retract</h2>
          <p className="muted">
            A retracted figure leaves charts and tables but keeps its page, with a banner and your
            reason.
          </p>
          <RetractForm action={retractClaimAction.bind(null, id)} />
        </>
      )}
    </section>
  );
}
