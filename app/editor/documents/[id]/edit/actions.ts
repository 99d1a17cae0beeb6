'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import {
  DOCUMENT_EDIT_FIELDS,
  DocumentEdit,
  type DocumentEditState,
  parseRecordEditForm,
} from '@/lib/catalog/inputs';
import { busyFormState } from '@/lib/errors';
import { formValues, invalidStateOf } from '@/lib/forms';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { editDocument } from '@/lib/server/catalog/edits';

/** Edits a document, then returns to the claim the editor came from, if any. */
export async function editDocumentAction(
  document: { id: number; claimId: number | null },
  _previous: DocumentEditState,
  formData: FormData,
): Promise<DocumentEditState> {
  const editor = await requireEditor(`/editor/documents/${document.id}/edit`);
  const values = formValues(formData);
  const parsed = parseRecordEditForm(DocumentEdit, DOCUMENT_EDIT_FIELDS, values);
  if (parsed.status !== 'ready') return parsed;
  try {
    const outcome = await editDocument(document.id, parsed.input, parsed.reason, {
      editorId: editor.id,
    });
    if (outcome.status === 'unchanged')
      return { status: 'failed', message: 'Nothing changed: there is nothing to save.', values };
  } catch (error) {
    return busyFormState(error, values) ?? invalidStateOf(error, values, DOCUMENT_EDIT_FIELDS);
  }
  // Every claim citing the document shows its title and link, on claim, metric and source pages.
  revalidatePath('/', 'layout');
  redirect(document.claimId === null ? '/editor' : `/claims/${document.claimId}`);
}
