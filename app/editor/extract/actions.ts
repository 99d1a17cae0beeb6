'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { InputError } from '@/lib/errors';
import { createClaims } from '@/lib/server/claims/mutations';
import { type DraftsFormState, prepareDrafts } from '@/lib/server/extract/prepare-drafts';
import { formValues } from '@/lib/forms';

export async function saveDraftsAction(
  _previous: DraftsFormState,
  formData: FormData,
): Promise<DraftsFormState> {
  const editor = await requireEditor('/editor/extract');
  const values = formValues(formData);
  const prepared = await prepareDrafts(values);
  if (prepared.status !== 'ready') return prepared;
  let ids: number[];
  try {
    const outcomes = await createClaims(prepared.inputs, { editorId: editor.id }, prepared);
    ids = outcomes.map((o) => o.id);
  } catch (error) {
    if (error instanceof InputError)
      return { status: 'failed', message: `Nothing was saved: ${error.message}`, values };
    throw error;
  }
  const metrics = [...new Set(prepared.inputs.map((input) => input.metric))];
  for (const slug of metrics) revalidatePath(`/metrics/${slug}`);
  revalidatePath('/');
  redirect(`/editor/extract?saved=${ids.join(',')}&metrics=${metrics.join(',')}`);
}
