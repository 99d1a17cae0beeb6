import 'server-only';
import { inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { documents } from '@/db/schema';
import type { ClaimInput } from '@/lib/claims/input/claim-input';
import { IdCache } from '@/lib/server/claims/id-cache';
import { sameDocumentAs } from '@/lib/server/catalog/document-match';
import { type Actor, recordCreated, recordCreations } from '@/lib/server/history/revisions';

/**
 * Finds, or creates, the documents claim inputs cite. One instance serves one transaction and
 * remembers what it found, by the keys sameDocumentAs compares.
 */
export class DocumentResolver {
  private readonly cache = new IdCache();

  constructor(
    private readonly tx: Executor,
    private readonly actor: Actor,
  ) {}

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
    return this.cache.remember(documentKey(input), async () => {
      const columns = documentColumns(input);
      const [found] = await this.tx
        .select({ id: documents.id })
        .from(documents)
        .where(sameDocumentAs(columns));
      if (found) return found.id;
      const created = await this.tx.insert(documents).values(columns).returning();
      return (await recordCreated(this.tx, this.actor, 'document', created)).id;
    });
  }
}

// Bound parameters a statement sends at once stay far below SQLite's limit of 32,766.
const LOOKUP_CHUNK = 1000;
const INSERT_CHUNK = 500;

/** The document a claim input names, as the documents table holds it (and sameDocumentAs reads it). */
export const documentColumns = (input: ClaimInput) => ({
  url: input.url,
  title: input.title,
  publisher: input.publisher,
  byline: input.byline,
  publishedOn: input.published_on,
  archiveUrl: input.archive_url,
});

/** The cache key of sameDocumentAs: a URL identifies a document; without one, the other keys do. */
const documentKey = (input: ClaimInput) =>
  input.url
    ? `document:${input.url}`
    : `document:|${input.title}|${input.publisher}|${input.published_on}`;
