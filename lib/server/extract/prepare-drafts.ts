import 'server-only';
import { z } from 'zod';
import { checkClaimAtEntry } from '@/lib/server/claims/entry-checks';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { CLAIM_COLUMNS } from '@/lib/claims/input/columns';
import { type FieldErrors, type FormState, unconfirmedWarnings } from '@/lib/forms';
import type { EntryWarning } from '@/lib/claims/checks';
import {
  type DraftFieldName,
  DraftsTopic,
  type TopicField,
  chosenTopic,
  draftField,
  draftFormToInputs,
  isNewMetricDraft,
} from '@/lib/extract/draft-form';
import { type ParsedDraft, draftTopicErrors } from './draft-topic';

/**
 * The drafts form's fields are named per draft ("d2.as_of"), so its errors are keyed that way;
 * the topic chosen for every draft has its own fields.
 */
export type DraftsFormState = FormState<Record<DraftFieldName | TopicField, string>>;
type DraftsErrors = FieldErrors<Record<DraftFieldName | TopicField, string>>;

export type PreparedDrafts =
  | { status: 'ready'; inputs: ClaimInput[]; entryWarnings: EntryWarning[][] }
  | Exclude<DraftsFormState, { status: 'idle' }>;

/**
 * Turns the ticked drafts of /editor/extract into canonical claim inputs: the topic they are all
 * filed under is parsed first, then each draft by the one ClaimInput schema (errors keyed by
 * draft, "d2.as_of") and its metric checked to be of that topic; then the checks at entry run,
 * whose warnings the editor confirms as on the claim form.
 */
export async function prepareDrafts(values: Record<string, string>): Promise<PreparedDrafts> {
  const topic = DraftsTopic.safeParse(values);
  if (!topic.success)
    return { status: 'invalid', fieldErrors: z.flattenError(topic.error).fieldErrors, values };
  const rows = draftFormToInputs(values);
  if (rows.length === 0)
    return { status: 'failed', message: 'Tick at least one draft to save.', values };
  const fieldErrors: DraftsErrors = {};
  const drafts: ParsedDraft[] = [];
  for (const { index, raw } of rows) {
    const parsed = ClaimInput.safeParse(raw);
    if (parsed.success) {
      drafts.push({ index, input: parsed.data, isNewMetric: isNewMetricDraft(values, index) });
      continue;
    }
    const errors = z.flattenError(parsed.error).fieldErrors;
    for (const column of CLAIM_COLUMNS) {
      const messages = errors[column];
      if (messages) fieldErrors[draftField(index, column)] = messages;
    }
  }
  Object.assign(fieldErrors, await draftTopicErrors(drafts, chosenTopic(topic.data)));
  if (Object.keys(fieldErrors).length > 0) return { status: 'invalid', fieldErrors, values };

  const entryWarnings = await Promise.all(
    drafts.map(async ({ index, input }) =>
      (await checkClaimAtEntry(input)).map((flag) => ({
        check: flag.check,
        message: `Draft ${index + 1}: ${flag.message}`,
      })),
    ),
  );
  const unconfirmed = unconfirmedWarnings(entryWarnings.flat(), values);
  if (unconfirmed) return unconfirmed;
  return { status: 'ready', inputs: drafts.map(({ input }) => input), entryWarnings };
}
