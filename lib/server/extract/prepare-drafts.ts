import 'server-only';
import { z } from 'zod';
import { checkClaimAtEntry } from '@/lib/server/claims/entry-checks';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { CLAIM_COLUMNS } from '@/lib/claims/input/columns';
import { type FieldErrors, type FormState, unconfirmedWarnings } from '@/lib/forms';
import type { EntryWarning } from '@/lib/claims/checks';
import { type DraftFieldName, draftField, draftFormToInputs } from '@/lib/extract/draft-form';

/** The drafts form's fields are named per draft ("d2.as_of"), so its errors are keyed that way. */
export type DraftsFormState = FormState<Record<DraftFieldName, string>>;

export type PreparedDrafts =
  | { status: 'ready'; inputs: ClaimInput[]; entryWarnings: EntryWarning[][] }
  | Exclude<DraftsFormState, { status: 'idle' }>;

/**
 * Turns the ticked drafts of /editor/extract into canonical claim inputs: each parsed by the one
 * ClaimInput schema (errors keyed by draft, "d2.as_of"), then put through the checks at entry,
 * whose warnings the editor confirms as on the claim form.
 */
export async function prepareDrafts(values: Record<string, string>): Promise<PreparedDrafts> {
  const rows = draftFormToInputs(values);
  if (rows.length === 0)
    return { status: 'failed', message: 'Tick at least one draft to save.', values };
  const fieldErrors: FieldErrors<Record<DraftFieldName, string>> = {};
  const inputs: { index: number; input: ClaimInput }[] = [];
  for (const { index, raw } of rows) {
    const parsed = ClaimInput.safeParse(raw);
    if (parsed.success) {
      inputs.push({ index, input: parsed.data });
      continue;
    }
    const errors = z.flattenError(parsed.error).fieldErrors;
    for (const column of CLAIM_COLUMNS) {
      const messages = errors[column];
      if (messages) fieldErrors[draftField(index, column)] = messages;
    }
  }
  if (Object.keys(fieldErrors).length > 0) return { status: 'invalid', fieldErrors, values };

  const entryWarnings = await Promise.all(
    inputs.map(async ({ index, input }) =>
      (await checkClaimAtEntry(input)).map((flag) => ({
        check: flag.check,
        message: `Draft ${index + 1}: ${flag.message}`,
      })),
    ),
  );
  const unconfirmed = unconfirmedWarnings(entryWarnings.flat(), values);
  if (unconfirmed) return unconfirmed;
  return { status: 'ready', inputs: inputs.map(({ input }) => input), entryWarnings };
}
