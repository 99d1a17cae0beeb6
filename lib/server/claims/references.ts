import 'server-only';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { documents, metrics, sources, topics } from '@/db/schema';
import { slugify, titleFromSlug } from '@/lib/text/slug';
import { inputError } from '@/lib/errors';
import type { ClaimInput } from '@/lib/claims/input/claim-input';
import { type Actor, recordCreations, recordRevision } from '@/lib/server/history/revisions';

/**
 * Finds, or creates as DESIGN.md allows, the rows a claim input points to: its topic, metric,
 * claimant, relay and document. One instance serves one transaction and remembers what it found.
 */
export class ReferenceResolver {
  private readonly cache = new Map<string, number>();

  constructor(
    private readonly tx: Executor,
    private readonly actor: Actor,
    private readonly metricDescriptions: ReadonlyMap<string, string> = new Map(),
  ) {}

  private async remember(key: string, find: () => Promise<number>): Promise<number> {
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const id = await find();
    this.cache.set(key, id);
    return id;
  }

  async metricId(input: ClaimInput): Promise<number> {
    return this.remember(`metric:${input.metric}`, async () => {
      const [found] = await this.tx
        .select({ id: metrics.id })
        .from(metrics)
        .where(eq(metrics.slug, input.metric));
      if (found) return found.id;
      if (!input.metric_name)
        throw inputError(
          'metric',
          `Unknown metric '${input.metric}': give metric_name to create it`,
        );
      if (!input.topic) throw inputError('topic', 'Give the topic of the new metric');
      const parentId = input.parent_metric ? await this.parentId(input.parent_metric) : null;
      const [created] = await this.tx
        .insert(metrics)
        .values({
          slug: input.metric,
          topicId: await this.topicId(input.topic),
          name: input.metric_name,
          description: this.metricDescriptions.get(input.metric),
          unit: input.unit ?? 'people',
          kind: input.metric_kind ?? 'count',
          parentId,
        })
        .returning();
      await recordRevision(this.tx, this.actor, 'metric', created.id, 'create', created);
      return created.id;
    });
  }

  private async parentId(slug: string): Promise<number> {
    const [parent] = await this.tx
      .select({ id: metrics.id })
      .from(metrics)
      .where(eq(metrics.slug, slug));
    if (!parent) throw inputError('parent_metric', `Unknown metric '${slug}'`);
    return parent.id;
  }

  private async topicId(slug: string): Promise<number> {
    return this.remember(`topic:${slug}`, async () => {
      const [found] = await this.tx
        .select({ id: topics.id })
        .from(topics)
        .where(eq(topics.slug, slug));
      if (found) return found.id;
      const [created] = await this.tx
        .insert(topics)
        .values({ slug, title: titleFromSlug(slug) })
        .returning();
      await recordRevision(this.tx, this.actor, 'topic', created.id, 'create', created);
      return created.id;
    });
  }

  /** The claimant, matched by slug or name case-insensitively; created when its kind is given. */
  async claimantId(input: ClaimInput): Promise<number | null> {
    if (!input.claimant) return null;
    const found = await this.findSourceId(input.claimant);
    if (found !== null) return found;
    if (!input.claimant_kind)
      throw inputError(
        'claimant',
        `Unknown source '${input.claimant}': give claimant_kind to create it`,
      );
    return this.createSource(input.claimant, input.claimant_kind, input.claimant_description);
  }

  async viaId(input: ClaimInput): Promise<number | null> {
    if (!input.via) return null;
    const found = await this.findSourceId(input.via);
    if (found === null) throw inputError('via', `Unknown source '${input.via}'`);
    return found;
  }

  private async findSourceId(nameOrSlug: string): Promise<number | null> {
    const key = nameOrSlug.toLowerCase();
    const cached = this.cache.get(`source:${key}`);
    if (cached !== undefined) return cached;
    const [found] = await this.tx
      .select({ id: sources.id })
      .from(sources)
      .where(or(eq(sources.slug, key), eq(sql`lower(${sources.name})`, key)));
    if (found) this.cache.set(`source:${key}`, found.id);
    return found?.id ?? null;
  }

  private async createSource(
    name: string,
    kind: NonNullable<ClaimInput['claimant_kind']>,
    description: string | undefined,
  ): Promise<number> {
    const slug = await this.freeSourceSlug(slugify(name));
    const [created] = await this.tx
      .insert(sources)
      .values({ slug, name, kind, description })
      .returning();
    await recordRevision(this.tx, this.actor, 'source', created.id, 'create', created);
    this.cache.set(`source:${name.toLowerCase()}`, created.id);
    return created.id;
  }

  private async freeSourceSlug(base: string): Promise<string> {
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      const [taken] = await this.tx
        .select({ id: sources.id })
        .from(sources)
        .where(eq(sources.slug, slug));
      if (!taken) return slug;
    }
  }

  /**
   * Finds the documents these inputs name by URL, and creates the missing ones, a few queries
   * for the whole batch: a bulk import names thousands, mostly new, and one query per document
   * (find, insert, revision) was most of its cost.
   */
  async resolveDocuments(inputs: readonly ClaimInput[]): Promise<void> {
    const byUrl = new Map<string, ClaimInput>();
    for (const input of inputs) {
      if (input.url && !this.cache.has(documentKey(input)) && !byUrl.has(input.url))
        byUrl.set(input.url, input);
    }
    const urls = [...byUrl.keys()];
    for (let start = 0; start < urls.length; start += LOOKUP_CHUNK) {
      const found = await this.tx
        .select({ id: documents.id, url: documents.url })
        .from(documents)
        .where(inArray(documents.url, urls.slice(start, start + LOOKUP_CHUNK)));
      for (const { id, url } of found) {
        if (url === null) continue;
        this.cache.set(`document:${url}`, id);
        byUrl.delete(url);
      }
    }
    const missing = [...byUrl.values()];
    for (let start = 0; start < missing.length; start += INSERT_CHUNK) {
      const created = await this.tx
        .insert(documents)
        .values(missing.slice(start, start + INSERT_CHUNK).map(documentColumns))
        .returning();
      await recordCreations(this.tx, this.actor, 'document', created);
      for (const document of created) this.cache.set(`document:${document.url}`, document.id);
    }
  }

  /** A document is the same when its URL matches, or, without one, title + publisher + date. */
  async documentId(input: ClaimInput): Promise<number> {
    return this.remember(documentKey(input), async () => {
      const same = input.url
        ? eq(documents.url, input.url)
        : and(
            isNull(documents.url),
            eq(documents.title, input.title ?? ''),
            nullableEquals(documents.publisher, input.publisher),
            nullableEquals(documents.publishedOn, input.published_on),
          );
      const [found] = await this.tx.select({ id: documents.id }).from(documents).where(same);
      if (found) return found.id;
      const [created] = await this.tx.insert(documents).values(documentColumns(input)).returning();
      await recordRevision(this.tx, this.actor, 'document', created.id, 'create', created);
      return created.id;
    });
  }
}

// Bound parameters a statement sends at once stay far below SQLite's limit of 32,766.
const LOOKUP_CHUNK = 1000;
const INSERT_CHUNK = 500;

const documentColumns = (input: ClaimInput) => ({
  url: input.url,
  title: input.title,
  publisher: input.publisher,
  byline: input.byline,
  publishedOn: input.published_on,
  archiveUrl: input.archive_url,
});

/** A URL identifies a document; without one, its title, publisher and date do. */
const documentKey = (input: ClaimInput) =>
  input.url
    ? `document:${input.url}`
    : `document:|${input.title}|${input.publisher}|${input.published_on}`;

function nullableEquals(
  column: typeof documents.publisher | typeof documents.publishedOn,
  value: string | undefined,
) {
  return value === undefined ? isNull(column) : eq(column, value);
}
