import 'server-only';
import { db } from '@/db/client';
import { metrics } from '@/db/schema';
import type { ClaimInput } from '@/lib/claims/input/claim-input';
import {
  type ReferenceProblem,
  isReferenceProblem,
  newSourceSlug,
  planNewMetric,
  planNewSource,
  unknownMetricMessage,
  unknownSourceMessage,
} from '@/lib/catalog/reference-rules';
import { listSourceKeys, sourceKey } from '@/lib/server/sources/match';

type NewSourceRow = ClaimInput & { claimant: string };

/**
 * What the validation pass learns of a file's references: which metrics and sources exist in the
 * database or are created by some row of the file. It judges by the writer's own rules
 * (lib/catalog/reference-rules.ts) and source matching (lib/server/sources/match.ts), so a file is
 * judged whole before anything is written, even when a row names a metric a later row creates.
 */
export class ReferencePlan {
  /** Metrics the file creates, each with the first row that defines it. */
  readonly newMetrics = new Map<string, ClaimInput>();
  /** Sources the file creates, by each key they answer to, with the first row that defines one. */
  private readonly newSources = new Map<string, NewSourceRow>();

  private constructor(
    private readonly metricSlugs: Set<string>,
    private readonly sourceKeys: Set<string>,
  ) {}

  static async load(): Promise<ReferencePlan> {
    const [metricRows, sourceKeys] = await Promise.all([
      db.select({ slug: metrics.slug }).from(metrics),
      listSourceKeys(db),
    ]);
    return new ReferencePlan(new Set(metricRows.map((m) => m.slug)), sourceKeys);
  }

  /** Notes what a valid row creates; call for every row before checking any. */
  learn(input: ClaimInput): void {
    if (
      !this.metricSlugs.has(input.metric) &&
      !this.newMetrics.has(input.metric) &&
      !isReferenceProblem(planNewMetric(input))
    ) {
      this.newMetrics.set(input.metric, input);
    }
    // A new source is found later by its name or by the slug its name gives. A claimant that is
    // already known creates nothing, so its name's slug must not answer for it here either.
    const { claimant } = input;
    if (claimant && !this.hasSource(claimant)) {
      const row = { ...input, claimant };
      if (!isReferenceProblem(planNewSource(row))) {
        this.newSources.set(sourceKey(claimant), row);
        // The slug goes to the first source that asks for it; a later one gets a numbered twin.
        const slug = newSourceSlug(claimant);
        if (!this.newSources.has(slug)) this.newSources.set(slug, row);
      }
    }
  }

  private hasMetric(slug: string): boolean {
    return this.metricSlugs.has(slug) || this.newMetrics.has(slug);
  }

  private hasSource(nameOrSlug: string): boolean {
    const key = sourceKey(nameOrSlug);
    return this.sourceKeys.has(key) || this.newSources.has(key);
  }

  /** New metrics with every parent before its parts, the order they can be created in. */
  metricsInCreationOrder(): ClaimInput[] {
    const ordered: ClaimInput[] = [];
    const visit = (input: ClaimInput, depth: number) => {
      const parent = input.parent_metric ? this.newMetrics.get(input.parent_metric) : undefined;
      // A cycle of new metrics cannot be created; the depth cap leaves it to fail on its row.
      if (parent && depth < this.newMetrics.size) visit(parent, depth + 1);
      if (!ordered.includes(input)) ordered.push(input);
    };
    for (const input of this.newMetrics.values()) visit(input, 0);
    return ordered;
  }

  /**
   * The rows that define the file's new sources, in file order. The import creates them before
   * any claim, as it does new metrics, so a row may name (as claimant or via) a source that a
   * later row creates: the first pass judged the file whole.
   */
  sourcesInCreationOrder(): NewSourceRow[] {
    return [...new Set(this.newSources.values())];
  }

  /** The problems with a row's references, by field, once every row has been learnt. */
  problems(input: ClaimInput): Record<string, string> {
    const found: ReferenceProblem[] = [];
    if (!this.hasMetric(input.metric)) {
      const metric = planNewMetric(input);
      if (isReferenceProblem(metric)) found.push(metric);
    }
    const parent = this.newMetrics.get(input.metric)?.parent_metric;
    if (parent && !this.hasMetric(parent))
      found.push({ field: 'parent_metric', message: unknownMetricMessage(parent) });
    const { claimant } = input;
    if (claimant && !this.hasSource(claimant)) {
      const source = planNewSource({ ...input, claimant });
      if (isReferenceProblem(source)) found.push(source);
    }
    if (input.via && !this.hasSource(input.via))
      found.push({ field: 'via', message: unknownSourceMessage(input.via) });
    return Object.fromEntries(found.map((problem) => [problem.field, problem.message]));
  }
}
