'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import {
  METRIC_EDIT_FIELDS,
  MetricEdit,
  type MetricEditState,
  parseRecordEditForm,
} from '@/lib/catalog/inputs';
import { busyFormState } from '@/lib/errors';
import { formValues, invalidStateOf } from '@/lib/forms';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { editMetric } from '@/lib/server/catalog/edits';

export async function editMetricAction(
  metric: { id: number; slug: string },
  _previous: MetricEditState,
  formData: FormData,
): Promise<MetricEditState> {
  const editor = await requireEditor(`/editor/metrics/${metric.slug}/edit`);
  const values = formValues(formData);
  const parsed = parseRecordEditForm(MetricEdit, METRIC_EDIT_FIELDS, values);
  if (parsed.status !== 'ready') return parsed;
  try {
    const outcome = await editMetric(metric.id, parsed.input, parsed.reason, {
      editorId: editor.id,
    });
    if (outcome.status === 'unchanged')
      return { status: 'failed', message: 'Nothing changed: there is nothing to save.', values };
  } catch (error) {
    return busyFormState(error, values) ?? invalidStateOf(error, values, METRIC_EDIT_FIELDS);
  }
  // The metric's name and parent also head its parts' pages, its claims' pages and the home page.
  revalidatePath('/', 'layout');
  redirect(`/metrics/${metric.slug}`);
}
