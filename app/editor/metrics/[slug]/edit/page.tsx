import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { loadMetricEditForm } from '@/lib/server/catalog/edit-forms';
import { MetricEditForm } from './_components/metric-edit-form';
import { editMetricAction } from './actions';

export const metadata: Metadata = { title: 'Edit a metric' };

type Props = { params: Promise<{ slug: string }> };

export default async function EditMetricPage({ params }: Props) {
  const { slug } = await params;
  await requireEditor(`/editor/metrics/${slug}/edit`);
  const form = await loadMetricEditForm(slug);
  if (!form) notFound();
  return (
    <section>
      <p className="muted">
        <Link href={`/metrics/${form.slug}`}>← Back to the metric</Link>
      </p>
      <h1>Edit the metric: {form.name}</h1>
      <p className="muted">
        Its slug ({form.slug}) and topic stay: links and imports name it by them. Every change is
        kept in the metric&apos;s public history, with your reason.
      </p>
      <MetricEditForm
        action={editMetricAction.bind(null, { id: form.id, slug: form.slug })}
        defaults={form.values}
        parents={form.parents}
      />
    </section>
  );
}
