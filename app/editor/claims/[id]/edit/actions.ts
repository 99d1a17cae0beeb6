'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { type ClaimFormState, prepareClaimForm } from '@/lib/server/claims/claim-form';
import { editClaim, retractClaim } from '@/lib/server/claims/edits';
import { CLAIM_FORM_FIELDS } from '@/lib/claims/input/form-input';
import { busyFormState } from '@/lib/errors';
import { formValues, invalidStateOf } from '@/lib/forms';

export async function editClaimAction(
  claimId: number,
  _previous: ClaimFormState,
  formData: FormData,
): Promise<ClaimFormState> {
  const editor = await requireEditor(`/editor/claims/${claimId}/edit`);
  const values = formValues(formData);
  const prepared = await prepareClaimForm(values, { replacingClaimId: claimId });
  if (prepared.status !== 'ready') return prepared;
  try {
    const outcome = await editClaim(
      claimId,
      prepared.input,
      values.reason ?? '',
      { editorId: editor.id },
      { warnings: prepared.entryWarnings[0] },
    );
    if (outcome.status === 'unchanged') {
      return { status: 'failed', message: 'Nothing changed: there is nothing to save.', values };
    }
  } catch (error) {
    return busyFormState(error, values) ?? invalidStateOf(error, values, CLAIM_FORM_FIELDS);
  }
  revalidatePath(`/claims/${claimId}`);
  redirect(`/claims/${claimId}`);
}

export async function retractClaimAction(
  claimId: number,
  _previous: ClaimFormState,
  formData: FormData,
): Promise<ClaimFormState> {
  const editor = await requireEditor(`/editor/claims/${claimId}/edit`);
  const values = formValues(formData);
  try {
    await retractClaim(claimId, values.reason ?? '', { editorId: editor.id });
  } catch (error) {
    return busyFormState(error, values) ?? invalidStateOf(error, values, ['reason']);
  }
  revalidatePath(`/claims/${claimId}`);
  redirect(`/claims/${claimId}`);
}
