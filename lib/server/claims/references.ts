import 'server-only';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { metrics, sources, topics } from '@/db/schema';
import { titleFromSlug } from '@/lib/text/slug';
import { inputError } from '@/lib/errors';
import type { ClaimInput } from '@/lib/claims/input/claim-input';
import { IdCache } from '@/lib/server/claims/id-cache';
import {
  type NewMetric,
  type NewSource,
  isReferenceProblem,
  planNewMetric,
  planNewSource,
  unknownMetricMessage,
  unknownSourceMessage,
} from '@/lib/catalog/reference-rules';
import { DocumentResolver } from '@/lib/server/claims/document-resolver';
import { findSource, sourceKey } from '@/lib/server/sources/match';
import { type Actor, recordCreated } from '@/lib/server/history/revisions';

/**
 * Finds, or creates as DESIGN.md allows (lib/catalog/reference-rules.ts), the rows a claim input
 * points to: its topic, metric, claimant, relay and document (through DocumentResolver). One
 * instance serves one transaction and remembers what it found.
 */
export class ReferenceResolver {
  private readonly cache = new IdCache();
  private readonly documents: DocumentResolver;

  constructor(
    private readonly tx: Executor,
    private readonly actor: Actor,
    private readonly metricDescriptions: ReadonlyMap<string, string> = new Map(),
  ) {
    this.documents = new DocumentResolver(tx, actor);
  }

  async metricId(input: ClaimInput): Promise<number> {
    return this.cache.remember(`metric:${input.metric}`, async () => {
      const found = await this.findMetricId(input.metric);
      if (found !== null) return found;
      const metric = planNewMetric(input);
      if (isReferenceProblem(metric)) throw inputError(metric.field, metric.message);
      return this.createMetric(metric);
    });
  }

  private async findMetricId(slug: string): Promise<number | null> {
    const [found] = await this.tx
      .select({ id: metrics.id })
      .from(metrics)
      .where(eq(metrics.slug, slug));
    return found?.id ?? null;
  }

  private async createMetric(metric: NewMetric): Promise<number> {
    const parentId = metric.parent ? await this.findMetricId(metric.parent) : null;
    if (metric.parent && parentId === null)
      throw inputError('parent_metric', unknownMetricMessage(metric.parent));
    const topicId = await this.topicId(metric.topic);
    const { slug, name, unit, kind } = metric;
    const description = this.metricDescriptions.get(slug);
    const rows = await this.tx
      .insert(metrics)
      .values({ slug, topicId, name, description, unit, kind, parentId })
      .returning();
    return (await recordCreated(this.tx, this.actor, 'metric', rows)).id;
  }

  private async topicId(slug: string): Promise<number> {
    return this.cache.remember(`topic:${slug}`, async () => {
      const [found] = await this.tx
        .select({ id: topics.id })
        .from(topics)
        .where(eq(topics.slug, slug));
      if (found) return found.id;
      const rows = await this.tx
        .insert(topics)
        .values({ slug, title: titleFromSlug(slug) })
        .returning();
      return (await recordCreated(this.tx, this.actor, 'topic', rows)).id;
    });
  }

  /** The claimant, matched by slug or name case-insensitively; created when its kind is given. */
  async claimantId(input: ClaimInput): Promise<number | null> {
    const { claimant } = input;
    if (!claimant) return null;
    const found = await this.findSourceId(claimant);
    if (found !== null) return found;
    const source = planNewSource({ ...input, claimant });
    if (isReferenceProblem(source)) throw inputError(source.field, source.message);
    return this.createSource(source);
  }

  async viaId(input: ClaimInput): Promise<number | null> {
    if (!input.via) return null;
    const found = await this.findSourceId(input.via);
    if (found === null) throw inputError('via', unknownSourceMessage(input.via));
    return found;
  }

  private async findSourceId(nameOrSlug: string): Promise<number | null> {
    const key = `source:${sourceKey(nameOrSlug)}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const found = await findSource(this.tx, nameOrSlug);
    if (found) this.cache.set(key, found.id);
    return found?.id ?? null;
  }

  private async createSource({ name, slug, kind, description }: NewSource): Promise<number> {
    const rows = await this.tx
      .insert(sources)
      .values({ slug: await this.freeSourceSlug(slug), name, kind, description })
      .returning();
    const { id } = await recordCreated(this.tx, this.actor, 'source', rows);
    this.cache.set(`source:${sourceKey(name)}`, id);
    return id;
  }

  // A slug is free when no source answers to it at all: a slug that is another source's alias or
  // name would take that name over (match.ts prefers a slug).
  private async freeSourceSlug(base: string): Promise<string> {
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (!(await findSource(this.tx, slug))) return slug;
    }
  }

  /** See DocumentResolver.resolveDocuments: one batch of lookups before the claims' own. */
  resolveDocuments(inputs: readonly ClaimInput[]): Promise<void> {
    return this.documents.resolveDocuments(inputs);
  }

  documentId(input: ClaimInput): Promise<number> {
    return this.documents.documentId(input);
  }
}
