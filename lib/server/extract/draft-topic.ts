import 'server-only';
import type { ClaimInput } from '@/lib/claims/input/claim-input';
import type { FieldErrors } from '@/lib/forms';
import { type DraftFieldName, draftField } from '@/lib/extract/draft-form';
import { getMetricBySlug } from '@/lib/server/metrics/queries';

/** A parsed draft, with whether it creates its metric. */
export type ParsedDraft = { index: number; input: ClaimInput; isNewMetric: boolean };

/**
 * Errors for drafts filed outside the topic chosen for them all: a stored metric of another topic,
 * or a new metric whose name makes the slug of a stored metric of another topic (saving would
 * file the figure there). A new metric whose slug a metric of this topic has already joins it.
 */
export async function draftTopicErrors(
  drafts: readonly ParsedDraft[],
  topic: string,
): Promise<FieldErrors<Record<DraftFieldName, string>>> {
  const errors: FieldErrors<Record<DraftFieldName, string>> = {};
  const topics = new Map<string, string | null>();
  for (const { index, input, isNewMetric } of drafts) {
    if (!topics.has(input.metric))
      topics.set(input.metric, (await getMetricBySlug(input.metric))?.topic ?? null);
    const stored = topics.get(input.metric) ?? null;
    if (stored === null || stored === topic) continue;
    if (isNewMetric)
      errors[draftField(index, 'metric_name')] = [
        `'${input.metric}' is already a metric of topic ${stored}: give the new metric another name`,
      ];
    else
      errors[draftField(index, 'metric')] = [
        `'${input.metric}' is a metric of topic ${stored}: choose one of ${topic}, or a new metric`,
      ];
  }
  return errors;
}
