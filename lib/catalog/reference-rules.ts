import type { ClaimInput } from '@/lib/claims/input/claim-input';
import { slugify } from '@/lib/text/slug';

// What a claim input must carry to create the metric, topic or source it names when none is
// stored yet (DESIGN.md), and the words each door reports when it does not. The writer
// (ReferenceResolver) and the import's first pass (ReferencePlan) both judge by these, so a file
// the dry run accepts is a file the import can write.

/** A reference a claim input cannot resolve, named by its field as a schema error would be. */
export type ReferenceProblem = {
  field: 'metric' | 'topic' | 'parent_metric' | 'claimant' | 'via';
  message: string;
};

export const unknownMetricMessage = (slug: string): string => `Unknown metric '${slug}'`;

export const unknownSourceMessage = (nameOrSlug: string): string =>
  `Unknown source '${nameOrSlug}'`;

/** A metric a claim input creates; the parent, when named, must exist or be created first. */
export type NewMetric = {
  slug: string;
  name: string;
  topic: string;
  unit: string;
  kind: NonNullable<ClaimInput['metric_kind']>;
  parent: string | undefined;
};

/** The metric an input creates when no metric has its slug, or what it lacks to create one. */
export function planNewMetric(input: ClaimInput): NewMetric | ReferenceProblem {
  if (!input.metric_name)
    return {
      field: 'metric',
      message: `${unknownMetricMessage(input.metric)}: give metric_name to create it`,
    };
  if (!input.topic) return { field: 'topic', message: 'Give the topic of the new metric' };
  return {
    slug: input.metric,
    name: input.metric_name,
    topic: input.topic,
    unit: input.unit ?? 'people',
    kind: input.metric_kind ?? 'count',
    parent: input.parent_metric,
  };
}

/** A source a claim input creates as its claimant. */
export type NewSource = {
  name: string;
  /** The slug it asks for; a numbered twin ("-2") when another source has it already. */
  slug: string;
  kind: NonNullable<ClaimInput['claimant_kind']>;
  description: string | undefined;
};

/**
 * The claimant an input creates when no source answers to its name, or what it lacks to create
 * one. Only a claimant is ever created: a relay (`via`) must already exist.
 */
export function planNewSource(
  input: ClaimInput & { claimant: string },
): NewSource | ReferenceProblem {
  if (!input.claimant_kind)
    return {
      field: 'claimant',
      message: `${unknownSourceMessage(input.claimant)}: give claimant_kind to create it`,
    };
  return {
    name: input.claimant,
    slug: newSourceSlug(input.claimant),
    kind: input.claimant_kind,
    description: input.claimant_description,
  };
}

/** The slug a source created from a claimant's name asks for. */
export const newSourceSlug = (name: string): string => slugify(name);

export const isReferenceProblem = (
  plan: NewMetric | NewSource | ReferenceProblem,
): plan is ReferenceProblem => 'message' in plan;
