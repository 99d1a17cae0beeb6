import 'server-only';
import { type SQL, and, eq, isNull } from 'drizzle-orm';
import { documents } from '@/db/schema';

/** What makes two documents one (DESIGN.md); blank is null or undefined. */
export type DocumentIdentity = {
  url: string | null | undefined;
  title: string | null | undefined;
  publisher: string | null | undefined;
  publishedOn: string | null | undefined;
};

/**
 * The condition a stored document meets when it is the document these keys describe: the same
 * URL, or, without one, the same title, publisher and published date. Claims find their document
 * by it, and an edit may not make a document another one's twin by it.
 */
export function sameDocumentAs(keys: DocumentIdentity): SQL | undefined {
  if (keys.url) return eq(documents.url, keys.url);
  return and(
    isNull(documents.url),
    eq(documents.title, keys.title ?? ''),
    keys.publisher == null ? isNull(documents.publisher) : eq(documents.publisher, keys.publisher),
    keys.publishedOn == null
      ? isNull(documents.publishedOn)
      : eq(documents.publishedOn, keys.publishedOn),
  );
}
