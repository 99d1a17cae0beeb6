import 'server-only';
import { z } from 'zod';
import { type FormState, unconfirmedWarnings } from '@/lib/forms';
import type { EntryWarning } from '@/lib/claims/checks';
import { checkClaimAtEntry } from '@/lib/server/claims/entry-checks';
import { type ClaimFormField, claimFormToInput } from '@/lib/claims/input/form-input';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { matchStoredClaim } from '@/lib/server/claims/stored-claims';
import type { StoredMatch } from '@/lib/claims/stored-match';
import { storedMatchMessage } from '@/lib/claims/stored-match';

/** The state of the claim form and the retract form, whose errors are keyed by their fields. */
export type ClaimFormState = FormState<Record<ClaimFormField, string>>;

export type PreparedClaim =
  | {
      status: 'ready';
      input: ClaimInput;
      metricDescriptions: Map<string, string>;
      entryWarnings: EntryWarning[][];
    }
  | Exclude<ClaimFormState, { status: 'idle' }>;

/**
 * Turns a posted claim form into a canonical input ready to save: parsed by the one ClaimInput
 * schema, then put through the checks at entry. Warnings come back for the editor to confirm;
 * the same warnings, confirmed, let the save go through.
 */
export async function prepareClaimForm(
  values: Record<string, string>,
  options: { replacingClaimId?: number } = {},
): Promise<PreparedClaim> {
  const { raw, metricDescription } = claimFormToInput(values);
  const parsed = ClaimInput.safeParse(raw);
  if (!parsed.success) {
    return { status: 'invalid', fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  }
  const warnings: EntryWarning[] = (await checkClaimAtEntry(parsed.data, options)).map((flag) => ({
    check: flag.check,
    message: flag.message,
  }));
  // A new figure that is a stored claim is said so before saving; it is not a warning to keep
  // with the revision, only one to confirm.
  const stored = options.replacingClaimId ? null : await matchStoredClaim(parsed.data);
  const unconfirmed = unconfirmedWarnings(
    stored ? [storedNotice(stored), ...warnings] : warnings,
    values,
  );
  if (unconfirmed) return unconfirmed;
  const metricDescriptions = new Map<string, string>();
  if (metricDescription) metricDescriptions.set(parsed.data.metric, metricDescription);
  return { status: 'ready', input: parsed.data, metricDescriptions, entryWarnings: [warnings] };
}

function storedNotice(match: StoredMatch): EntryWarning {
  return { check: 'already_stored', message: storedMatchMessage(match) };
}
