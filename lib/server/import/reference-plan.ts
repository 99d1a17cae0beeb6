import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { metrics, sources } from '@/db/schema';
import type { ClaimInput } from '@/lib/claims/input/claim-input';
import { slugify } from '@/lib/text/slug';

/**
 * What the validation pass learns of a file's references: which metrics and sources exist in the
 * database or are created by some row of the file. It follows ReferenceResolver's rules (an unknown
 * metric needs metric_name and a topic, an unknown source claimant_kind, a relay must exist), so a
 * file is judged whole before anything is written, even when a row names a metric a later row
 * creates.
 */
export class ReferencePlan {
  /** Metrics the file creates, each with the first row that defines it. */
  readonly newMetrics = new Map<string, ClaimInput>();
  private readonly newSources = new Set<string>();

  private constructor(
    private readonly metricSlugs: Set<string>,
    private readonly sourceKeys: Set<string>,
  ) {}

  static async load(): Promise<ReferencePlan> {
    const [metricRows, sourceRows] = await Promise.all([
      db.select({ slug: metrics.slug }).from(metrics),
      db.select({ slug: sources.slug, name: sql<string>`lower(${sources.name})` }).from(sources),
    ]);
    return new ReferencePlan(
      new Set(metricRows.map((m) => m.slug)),
      new Set(sourceRows.flatMap((s) => [s.slug, s.name])),
    );
  }

  /** Notes what a valid row creates; call for every row before checking any. */
  learn(input: ClaimInput): void {
    if (
      !this.metricSlugs.has(input.metric) &&
      input.metric_name &&
      input.topic &&
      !this.newMetrics.has(input.metric)
    ) {
      this.newMetrics.set(input.metric, input);
    }
    // A new source is found later by its name or by the slug its name gives.
    if (input.claimant && input.claimant_kind) {
      this.newSources.add(input.claimant.toLowerCase());
      this.newSources.add(slugify(input.claimant));
    }
  }

  private hasMetric(slug: string): boolean {
    return this.metricSlugs.has(slug) || this.newMetrics.has(slug);
  }

  private hasSource(nameOrSlug: string): boolean {
    const key = nameOrSlug.toLowerCase();
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

  /** The problems with a row's references, by field, once every row has been learnt. */
  problems(input: ClaimInput): Record<string, string> {
    const found: Record<string, string> = {};
    if (!this.hasMetric(input.metric)) {
      if (!input.metric_name)
        found.metric = `Unknown metric '${input.metric}': give metric_name to create it`;
      else if (!input.topic) found.topic = 'Give the topic of the new metric';
    }
    const parent = this.newMetrics.get(input.metric)?.parent_metric;
    if (parent && !this.hasMetric(parent)) found.parent_metric = `Unknown metric '${parent}'`;
    if (input.claimant && !this.hasSource(input.claimant))
      found.claimant = `Unknown source '${input.claimant}': give claimant_kind to create it`;
    if (input.via && !this.hasSource(input.via)) found.via = `Unknown source '${input.via}'`;
    return found;
  }
}
