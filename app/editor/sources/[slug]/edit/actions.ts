'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { SourceEdit, parseRecordEditForm } from '@/lib/catalog/inputs';
import { busyFormState } from '@/lib/errors';
import { formValues, invalidStateOf } from '@/lib/forms';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { editSource } from '@/lib/server/catalog/edits';
import { addSourceAlias } from '@/lib/server/sources/aliases';
import { mergeSources } from '@/lib/server/sources/merge';
import {
  SOURCE_ALIAS_FIELDS,
  SOURCE_EDIT_FIELDS,
  SOURCE_MERGE_FIELDS,
  type SourceAliasState,
  type SourceEditState,
  type SourceMergeState,
  mergeFormErrors,
} from '@/lib/server/sources/source-forms';

const editPage = (slug: string) => `/editor/sources/${slug}/edit`;

/** Edits a source's name, kind, link and description, then shows its page. */
export async function editSourceAction(
  source: { id: number; slug: string },
  _previous: SourceEditState,
  formData: FormData,
): Promise<SourceEditState> {
  const editor = await requireEditor(editPage(source.slug));
  const values = formValues(formData);
  const parsed = parseRecordEditForm(SourceEdit, SOURCE_EDIT_FIELDS, values);
  if (parsed.status !== 'ready') return parsed;
  try {
    const outcome = await editSource(source.id, parsed.input, parsed.reason, {
      editorId: editor.id,
    });
    if (outcome.status === 'unchanged')
      return { status: 'failed', message: 'Nothing changed: there is nothing to save.', values };
  } catch (error) {
    return busyFormState(error, values) ?? invalidStateOf(error, values, SOURCE_EDIT_FIELDS);
  }
  // Every claim names its source: claim, metric and home pages show the new name.
  revalidatePath('/', 'layout');
  redirect(`/sources/${source.slug}`);
}

/** Adds another name the source is known by, then shows its page. */
export async function addSourceAliasAction(
  slug: string,
  _previous: SourceAliasState,
  formData: FormData,
): Promise<SourceAliasState> {
  const editor = await requireEditor(editPage(slug));
  const values = formValues(formData);
  try {
    await addSourceAlias(slug, values.name ?? '', { editorId: editor.id }, values.reason ?? '');
  } catch (error) {
    return busyFormState(error, values) ?? invalidStateOf(error, values, SOURCE_ALIAS_FIELDS);
  }
  revalidatePath(`/sources/${slug}`);
  redirect(`/sources/${slug}`);
}

/** Merges this source into the one chosen, then shows the survivor's page. */
export async function mergeSourceAction(
  slug: string,
  _previous: SourceMergeState,
  formData: FormData,
): Promise<SourceMergeState> {
  const editor = await requireEditor(editPage(slug));
  const values = formValues(formData);
  const fieldErrors = mergeFormErrors(values);
  if (fieldErrors) return { status: 'invalid', fieldErrors, values };
  let into: string;
  try {
    ({ into } = await mergeSources(slug, values.into ?? '', values.reason ?? '', {
      editorId: editor.id,
    }));
  } catch (error) {
    return busyFormState(error, values) ?? invalidStateOf(error, values, SOURCE_MERGE_FIELDS);
  }
  // Its claims now name the survivor on every page that shows them.
  revalidatePath('/', 'layout');
  redirect(`/sources/${into}`);
}
