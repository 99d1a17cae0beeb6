'use server';

import { revalidatePath } from 'next/cache';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { UsageError } from '@/lib/errors';
import { formValues } from '@/lib/forms';
import { importFile } from '@/lib/server/import/import-file';
import type { ConfirmImportState, PreviewImportState } from '@/lib/import/upload-state';
import { firstRows, saveUpload, uploadPath } from '@/lib/server/import/uploads';

const PREVIEW_ROWS = 10;

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
    const token = await saveUpload(file);
    const filePath = uploadPath(token);
    const report = await importFile(filePath, { actor: { editorId: editor.id }, dryRun: true });
    const rows = await firstRows(filePath, PREVIEW_ROWS);
    return { status: 'done', result: { token, fileName: file.name, rows, report }, values };
  } catch (error) {
    if (error instanceof UsageError)
      return { status: 'failed', message: `${file.name}: ${error.message}.`, values };
    throw error;
  }
}

/** Step two, on confirmation: the same import the CLI runs, as this editor. */
export async function confirmImportAction(
  _state: ConfirmImportState,
  formData: FormData,
): Promise<ConfirmImportState> {
  const editor = await requireEditor('/editor/import');
  const values = formValues(formData);
  const fileName = values.file_name ?? 'the file';
  try {
    const report = await importFile(uploadPath(values.token ?? ''), {
      actor: { editorId: editor.id },
      skipInvalid: values.skip_invalid === 'on',
    });
    revalidatePath('/');
    return { status: 'done', result: { fileName, report }, values };
  } catch (error) {
    if (error instanceof UsageError) return { status: 'failed', message: error.message, values };
    throw error;
  }
}
