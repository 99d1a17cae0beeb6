'use server';

import { revalidatePath } from 'next/cache';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { UsageError } from '@/lib/errors';
import { formValues } from '@/lib/forms';
import { importFile } from '@/lib/server/import/import-file';
import {
  type ConfirmImportState,
  type PreviewImportState,
  previewRow,
} from '@/lib/import/upload-state';
import { deleteUpload, firstRows, loadUpload, saveUpload } from '@/lib/server/import/uploads';

const PREVIEW_ROWS = 10;
// A preview answers within one request: past this its check stops and says how far it got. The
// import itself checks the whole file again before it writes.
const PREVIEW_BUDGET_MS = 60_000;

/** Step one: check the uploaded file whole, writing nothing, and show its first rows and problems. */
export async function previewImportAction(
  _state: PreviewImportState,
  formData: FormData,
): Promise<PreviewImportState> {
  const editor = await requireEditor('/editor/import');
  const values = formValues(formData);
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0)
    return { status: 'failed', message: 'Choose a CSV or JSON file.', values };
  try {
    const upload = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    const report = await importFile(upload, {
      actor: { editorId: editor.id },
      dryRun: true,
      budgetMs: PREVIEW_BUDGET_MS,
    });
    const rows = (await firstRows(upload, PREVIEW_ROWS)).map(previewRow);
    const token = await saveUpload(editor.id, upload);
    return { status: 'done', result: { token, fileName: file.name, rows, report }, values };
  } catch (error) {
    if (error instanceof UsageError)
      return { status: 'failed', message: `${file.name}: ${error.message}.`, values };
    throw error;
  }
}

/** Step two, on confirmation: the same import the CLI runs, as this editor, on any instance. */
export async function confirmImportAction(
  _state: ConfirmImportState,
  formData: FormData,
): Promise<ConfirmImportState> {
  const editor = await requireEditor('/editor/import');
  const values = formValues(formData);
  const token = values.token ?? '';
  try {
    const upload = await loadUpload(editor.id, token);
    const report = await importFile(upload, {
      actor: { editorId: editor.id },
      skipInvalid: values.skip_invalid === 'on',
    });
    // Kept while nothing was written, so the editor may still choose to skip the rejected rows.
    if (report.wrote) {
      await deleteUpload(token);
      revalidatePath('/');
    }
    return { status: 'done', result: { fileName: upload.name, report }, values };
  } catch (error) {
    if (error instanceof UsageError) return { status: 'failed', message: error.message, values };
    throw error;
  }
}
