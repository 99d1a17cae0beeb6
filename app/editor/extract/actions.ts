'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { InputError, busyFormState } from '@/lib/errors';
import { type WriteOutcome, createClaims } from '@/lib/server/claims/mutations';
import type { StoredMatch } from '@/lib/claims/stored-match';
import { matchDrafts } from '@/lib/server/extract/match-drafts';
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
  let outcomes: WriteOutcome[];
  try {
    outcomes = await createClaims(prepared.inputs, { editorId: editor.id }, prepared);
  } catch (error) {
    const busy = busyFormState(error, values);
    if (busy) return busy;
    if (error instanceof InputError)
      return { status: 'failed', message: `Nothing was saved: ${error.message}`, values };
    throw error;
  }
  const metrics = [...new Set(prepared.inputs.map((input) => input.metric))];
  for (const slug of metrics) revalidatePath(`/metrics/${slug}`);
  revalidatePath('/');
  const ids = (status: WriteOutcome['status']) =>
    outcomes.flatMap((o) => (o.status === status ? [o.id] : [])).join(',');
  const query = new URLSearchParams({
    added: ids('inserted'),
    appeared: ids('appearance'),
    present: ids('present'),
    metrics: metrics.join(','),
  });
  redirect(`/editor/extract?${query}`);
}

/** The stored claim each draft of the form is, so the editor sees it before saving. */
export async function matchDraftsAction(formData: FormData): Promise<(StoredMatch | null)[]> {
  await requireEditor('/editor/extract');
  return matchDrafts(formValues(formData));
}
