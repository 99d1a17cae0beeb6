import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { RecordHistoryDetails } from '@/app/_components/record-history';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { listRecordRevisions } from '@/lib/server/catalog/queries';
import { getSourceBySlug } from '@/lib/server/sources/queries';
import { loadSourceEditForm } from '@/lib/server/sources/source-forms';
import { SourceAliasForm } from './_components/source-alias-form';
import { SourceEditForm } from './_components/source-edit-form';
import { SourceMergeForm } from './_components/source-merge-form';
import { addSourceAliasAction, editSourceAction, mergeSourceAction } from './actions';

export const metadata: Metadata = { title: 'Edit a source' };

type Props = { params: Promise<{ slug: string }> };

export default async function EditSourcePage({ params }: Props) {
  const { slug } = await params;
  await requireEditor(`/editor/sources/${slug}/edit`);
  const form = await loadSourceEditForm(slug);
  if (!form) {
    // A merged source (or a name, or an alias) is edited as the source it means.
    const meant = await getSourceBySlug(slug);
    if (!meant) notFound();
    redirect(`/editor/sources/${meant.slug}/edit`);
  }
  const revisions = await listRecordRevisions('source', form.id);
  return (
    <section>
      <p className="muted">
        <Link href={`/sources/${form.slug}`}>← Back to the source</Link>
      </p>
      <h1>Edit the source: {form.name}</h1>
      <p className="muted">
        Its slug ({form.slug}) stays: links and imports name it by it. Every change is kept in the
        source&apos;s public history, with your reason.
      </p>
      <SourceEditForm
        action={editSourceAction.bind(null, { id: form.id, slug: form.slug })}
        defaults={form.values}
      />

      <section aria-labelledby="aliases-title">
        <h2 id="aliases-title">Other names</h2>
        <p>
          {form.aliases.length > 0
            ? `Also known as ${form.aliases.join(', ')}.`
            : 'No other names yet.'}{' '}
          <span className="muted">
            A figure or an import that names the source by any of them is filed under it.
          </span>
        </p>
        <SourceAliasForm action={addSourceAliasAction.bind(null, form.slug)} />
      </section>

      <section aria-labelledby="merge-title">
        <h2 id="merge-title">Merge into another source</h2>
        <p className="muted">
          When {form.name} and another source turn out to be one, merge this one into the one to
          keep.
        </p>
        <SourceMergeForm
          action={mergeSourceAction.bind(null, form.slug)}
          source={{ slug: form.slug, name: form.name, claimCount: form.claimCount }}
          targets={form.targets}
        />
      </section>

      <section aria-labelledby="source-history-title">
        <h2 id="source-history-title">History of this source</h2>
        <RecordHistoryDetails revisions={revisions} />
      </section>
    </section>
  );
}
