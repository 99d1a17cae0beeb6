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

const shared = (a: Set<string>, b: Set<string>): number => [...a].filter((w) => b.has(w)).length;

type Scored = { slug: string; score: number; names: number };

/**
 * How well a metric fits a draft, or null when it cannot: it must count the same outcome in the
 * same unit, and a part is never filed under the very metric its total went to. What is counted
 * decides: a word of it in the metric's name weighs three, in its description one. Being a part of
 * the total's metric adds two; a part-metric for a figure that is no part takes one away.
 */
function scoreMetric(
  draft: Pick<Draft, 'outcome' | 'counted' | 'unit' | 'part_of'>,
  metric: MetricChoice,
  totalMetric: string | null,
): Scored | null {
  const about = `${metric.name} ${metric.slug} ${metric.description ?? ''}`;
  if (metric.unit !== draft.unit || !OUTCOME_WORDS[draft.outcome].test(about)) return null;
  if (totalMetric !== null && metric.slug === totalMetric) return null;
  const counted = wordsOf(draft.counted);
  const names = 3 * shared(counted, wordsOf(metric.name));
  const described = shared(counted, wordsOf(metric.description ?? ''));
  const isPart = draft.part_of !== null;
  const fit =
    (isPart && totalMetric !== null && metric.parent === totalMetric ? 2 : 0) -
    (!isPart && metric.parent !== null ? 1 : 0);
  return { slug: metric.slug, score: names + described + fit, names: names + described };
}

/**
 * The metric of `topic` a draft belongs to, or null unless one is a confident match. Only the
 * topic's metrics are candidates. A suggestion is weak, and none is made, when no word of what
 * the draft counts appears in the best metric's name or description, or when another metric
 * scores as well: the editor then chooses. `totalMetric` is the metric the draft's total went to.
 */
export function suggestMetric(
  draft: Pick<Draft, 'outcome' | 'counted' | 'unit' | 'part_of'>,
  metrics: readonly MetricChoice[],
  { topic, totalMetric = null }: { topic: string; totalMetric?: string | null },
): string | null {
  const scored = metrics
    .filter((metric) => metric.topic === topic)
    .flatMap((metric) => scoreMetric(draft, metric, totalMetric) ?? [])
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.names === 0) return null;
  if (next && next.score >= best.score) return null;
  return best.slug;
}

/**
 * Each draft's suggestion in `topic` ('' where none is confident), in order: a part is matched
 * knowing which metric its total was given.
 */
export function suggestMetrics(
  drafts: readonly Pick<Draft, 'outcome' | 'counted' | 'unit' | 'part_of'>[],
  metrics: readonly MetricChoice[],
  topic: string,
): string[] {
  const suggested: string[] = [];
  for (const draft of drafts) {
    const totalMetric = draft.part_of === null ? null : suggested[draft.part_of] || null;
    suggested.push(suggestMetric(draft, metrics, { topic, totalMetric }) ?? '');
  }
  return suggested;
}
