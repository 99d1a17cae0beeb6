'use server';

import { revalidatePath } from 'next/cache';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { UsageError } from '@/lib/errors';
import { importFile } from '@/lib/server/import/import-file';
import type { ImportPageState } from '@/lib/import/upload-state';
import { firstRows, saveUpload, uploadPath } from '@/lib/server/import/uploads';

const PREVIEW_ROWS = 10;

/** Step one: check the uploaded file whole, writing nothing, and show its first rows and problems. */
export async function previewImportAction(
  _state: ImportPageState,
  formData: FormData,
): Promise<ImportPageState> {
  const editor = await requireEditor('/editor/import');
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0)
    return { status: 'failed', message: 'Choose a CSV or JSON file.' };
  try {
    const token = await saveUpload(file);
    const filePath = uploadPath(token);
    const report = await importFile(filePath, { actor: { editorId: editor.id }, dryRun: true });
    return {
      status: 'preview',
      token,
      fileName: file.name,
      preview: await firstRows(filePath, PREVIEW_ROWS),
      report,
    };
  } catch (error) {
    if (error instanceof UsageError)
      return { status: 'failed', message: `${file.name}: ${error.message}.` };
    throw error;
  }
}

/** Step two, on confirmation: the same import the CLI runs, as this editor. */
export async function confirmImportAction(
  _state: ImportPageState,
  formData: FormData,
): Promise<ImportPageState> {
  const editor = await requireEditor('/editor/import');
  const fileName = String(formData.get('file_name') ?? 'the file');
  try {
    const report = await importFile(uploadPath(String(formData.get('token') ?? '')), {
      actor: { editorId: editor.id },
      skipInvalid: formData.get('skip_invalid') === 'on',
    });
    revalidatePath('/');
    return { status: 'done', fileName, report };
  } catch (error) {
    if (error instanceof UsageError) return { status: 'failed', message: error.message };
    throw error;
  }
}
