import { z } from 'zod';

/** A URL query as the server gets it: URLSearchParams in a route, a plain record in a page. */
export type UrlQuery = URLSearchParams | Readonly<Record<string, string | string[] | undefined>>;

/**
 * One string per parameter: a repeated parameter keeps its first value, and an empty one (what a
 * blank form field sends: `?from=`) counts as not given.
 */
export function queryValues(query: UrlQuery): Record<string, string> {
  const firsts: [string, string | undefined][] =
    query instanceof URLSearchParams
      ? [...new Set(query.keys())].map((key) => [key, query.get(key) ?? undefined])
      : Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]);
  return Object.fromEntries(
    firsts.filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}

export type UrlQueryResult<T> =
  { success: true; data: T } | { success: false; fieldErrors: Partial<Record<keyof T, string[]>> };

/**
 * Parses a URL query with its one zod schema, a field per parameter, for a door that rejects a
 * bad query: the API answers 400 with `fieldErrors`.
 */
export function parseUrlQuery<S extends z.ZodObject>(
  schema: S,
  query: UrlQuery,
): UrlQueryResult<z.output<S>> {
  const parsed = z.safeParse(schema, queryValues(query));
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
}

/**
 * Reads a URL query for a page, which never breaks on a bad address: a parameter that does not
 * parse counts as not given, and is named in `ignored` so the page can say so. Every field of the
 * schema must be optional or have a default.
 */
export function readUrlQuery<S extends z.ZodObject>(
  schema: S,
  query: UrlQuery,
): { data: z.output<S>; ignored: string[] } {
  const values = queryValues(query);
  const ignored = Object.entries(schema.shape)
    .filter(([key, field]) => !z.safeParse(field, values[key]).success)
    .map(([key]) => key);
  const kept = Object.fromEntries(Object.entries(values).filter(([key]) => !ignored.includes(key)));
  return { data: z.parse(schema, kept), ignored };
}

/** A parameter holding a comma-separated list, keeping only the items that match `item`. */
export function commaList(item: RegExp): z.ZodType<string[], string | undefined> {
  return z
    .string()
    .transform((text) => text.split(',').filter((part) => item.test(part)))
    .default([]);
}
