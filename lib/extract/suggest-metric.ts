import type { Draft } from './types';

/** What a suggestion needs to know of a stored metric. */
export type MetricChoice = {
  slug: string;
  name: string;
  topic: string;
  unit: string;
  description: string | null;
  parent: string | null;
};

const OUTCOME_WORDS: Record<Draft['outcome'], RegExp> = {
  killed: /\b(?:killed|deaths?|dead|fatalities|toll)\b/i,
  injured: /\b(?:injured|wounded|injuries)\b/i,
  missing: /\bmissing\b/i,
  displaced: /\b(?:displaced|displacement|refugees|fled)\b/i,
  detained: /\b(?:detained|detainees|arrested|hostages|abducted)\b/i,
  other: /$^/,
};

const wordsOf = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .match(/\p{L}{3,}/gu)
      ?.map((w) => w.replace(/s$/, '')) ?? [],
  );

/**
 * The stored metric a draft most likely belongs to, or null: the metric must count the same
 * outcome in the same unit; what is counted, the words of its sentence that name the topic, and
 * being a part of the metric its total went to decide between the rest.
 */
export function suggestMetric(
  draft: Pick<Draft, 'outcome' | 'counted' | 'unit' | 'quote'>,
  metrics: readonly MetricChoice[],
  totalMetric: string | null = null,
): string | null {
  const counted = wordsOf(draft.counted);
  const sentence = wordsOf(draft.quote);
  let best: { slug: string; score: number } | null = null;
  for (const metric of metrics) {
    const about = `${metric.name} ${metric.slug} ${metric.description ?? ''}`;
    if (metric.unit !== draft.unit || !OUTCOME_WORDS[draft.outcome].test(about)) continue;
    const named = wordsOf(`${metric.name} ${metric.description ?? ''}`);
    const topic = wordsOf(`${metric.topic.replaceAll('-', ' ')} ${metric.description ?? ''}`);
    const score =
      3 * [...counted].filter((w) => named.has(w)).length +
      [...topic].filter((w) => sentence.has(w)).length +
      (totalMetric !== null && metric.parent === totalMetric ? 4 : 0) -
      (totalMetric === null && metric.parent !== null ? 2 : 0);
    if (!best || score > best.score) best = { slug: metric.slug, score };
  }
  return best?.slug ?? null;
}
