import 'server-only';
import { z } from 'zod';
import { checkClaimAtEntry } from '@/lib/server/claims/entry-checks';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import type { FormState, FormWarning } from '@/lib/forms';
import { draftField, draftFormToInputs } from '@/lib/extract/draft-form';

export type DraftsFormState = FormState<Record<string, string>>;

export type PreparedDrafts =
  | { status: 'ready'; inputs: ClaimInput[]; entryWarnings: FormWarning[][] }
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
  const fieldErrors: Record<string, string[]> = {};
  const inputs: ClaimInput[] = [];
  for (const { index, raw } of rows) {
    const parsed = ClaimInput.safeParse(raw);
    if (parsed.success) inputs.push(parsed.data);
    else {
      for (const [field, messages] of Object.entries(z.flattenError(parsed.error).fieldErrors)) {
        if (messages) fieldErrors[draftField(index, field)] = messages;
      }
    }
  }
  if (Object.keys(fieldErrors).length > 0) return { status: 'invalid', fieldErrors, values };

  const entryWarnings = await Promise.all(
    inputs.map(async (input, i) =>
      (await checkClaimAtEntry(input)).map((flag) => ({
        check: flag.check,
        message: `Draft ${rows[i].index + 1}: ${flag.message}`,
      })),
    ),
  );
  const warnings = entryWarnings.flat();
  const confirmKey = warnings.map((w) => `${w.check}:${w.message}`).join('\n');
  if (warnings.length > 0 && values.confirm_warnings !== confirmKey) {
    return { status: 'confirm', warnings, confirmKey, values };
  }
  return { status: 'ready', inputs, entryWarnings };
}
