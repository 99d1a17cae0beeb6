import { z } from 'zod';
import { InputError } from '@/lib/errors';
import { STORABLE_TEXT_HINT, isStorableText } from '@/lib/text/input-text';

export const REASON_LIMIT = 1000;

/**
 * Why an editor changed a stored record: required on every edit and retraction, because the
 * history is what readers check a changed figure against.
 */
export const ChangeReason = z
  .string({ error: 'Say why you are making this change' })
  .trim()
  .min(1, 'Say why you are making this change')
  .max(REASON_LIMIT, `Keep the reason under ${REASON_LIMIT.toLocaleString('en-GB')} characters`)
  .refine(isStorableText, STORABLE_TEXT_HINT);
export type ChangeReason = z.infer<typeof ChangeReason>;

/** The trimmed reason, or an InputError naming 'reason' so every door reports it as a field. */
export function parseChangeReason(reason: unknown): string {
  const parsed = ChangeReason.safeParse(reason);
  if (!parsed.success)
    throw new InputError({ reason: parsed.error.issues.map((issue) => issue.message) });
  return parsed.data;
}
