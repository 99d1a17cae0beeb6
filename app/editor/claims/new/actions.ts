'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { type ClaimFormState, prepareClaimForm } from '@/lib/server/claims/claim-form';
import { createClaims } from '@/lib/server/claims/mutations';
import { CLAIM_FORM_FIELDS } from '@/lib/claims/input/form-input';
import { busyFormState } from '@/lib/errors';
import { formValues, invalidStateOf } from '@/lib/forms';

export async function createClaimAction(
  _previous: ClaimFormState,
  formData: FormData,
): Promise<ClaimFormState> {
  const editor = await requireEditor('/editor/claims/new');
  const values = formValues(formData);
  const prepared = await prepareClaimForm(values);
  if (prepared.status !== 'ready') return prepared;
  let claimId: number;
  try {
    const [outcome] = await createClaims([prepared.input], { editorId: editor.id }, prepared);
    if (!outcome) throw new Error('createClaims gave no outcome for the one input');
    claimId = outcome.id;
  } catch (error) {
    return busyFormState(error, values) ?? invalidStateOf(error, values, CLAIM_FORM_FIELDS);
  }
  revalidatePath(`/metrics/${prepared.input.metric}`);
  redirect(`/claims/${claimId}`);
}
