import fc from 'fast-check';
import { GET as getClaimRoute } from '@/app/api/claims/[id]/route';
import { GET as exportCsvRoute } from '@/app/api/export.csv/route';
import { GET as exportJsonRoute } from '@/app/api/export.json/route';
import { GET as getMetricRoute } from '@/app/api/metrics/[slug]/route';
import { GET as listClaimsRoute } from '@/app/api/metrics/[slug]/claims/route';
import { GET as listMetricsRoute } from '@/app/api/metrics/route';
import { GET as getSourceRoute } from '@/app/api/sources/[slug]/route';
import { db } from '@/db/client';
import { sources } from '@/db/schema';
import { ClaimsQuery } from '@/lib/claims/input/claims-query';
import { seedIfEmpty } from '@/lib/server/seed';
import { hostileText } from '@/tests/unit/property/arbitraries';
import { queryPairs, rawQuery } from '@/tests/unit/property/queries';
import { migrateTestDatabase } from '@/tests/support/test-database';

// The JSON reads of the API, called as Next calls them, with any query, path segment and
// If-None-Match a hostile client may send.

type Route = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
export type Read = {
  name: string;
  route: Route;
  params: readonly string[];
  segment?: string;
  /** Fewer runs for the reads that build their whole answer each time. */
  runs?: number;
};

export const READS: Read[] = [
  { name: '/api/metrics', route: listMetricsRoute as Route, params: [], runs: 30 },
  { name: '/api/metrics/[slug]', route: getMetricRoute as Route, params: [], segment: 'slug' },
  {
    name: '/api/metrics/[slug]/claims',
    route: listClaimsRoute as Route,
    params: Object.keys(ClaimsQuery.shape),
    segment: 'slug',
  },
  { name: '/api/claims/[id]', route: getClaimRoute as Route, params: [], segment: 'id' },
  { name: '/api/sources/[slug]', route: getSourceRoute as Route, params: [], segment: 'slug' },
  { name: '/api/export.csv', route: exportCsvRoute as Route, params: ['metric'], runs: 15 },
  { name: '/api/export.json', route: exportJsonRoute as Route, params: ['metric'], runs: 15 },
];

/** Migrates and seeds this file's database; the slugs that name something in it. */
export async function seededSlugs(): Promise<string[]> {
  await migrateTestDatabase();
  await seedIfEmpty(db);
  const sourceSlugs = await db.select({ slug: sources.slug }).from(sources);
  return ['gaza-killed', 'syria-coast-killed', ...sourceSlugs.map((s) => s.slug)];
}

/** A path segment: a slug or id that exists, or anything. */
export const segmentValue = (slugs: readonly string[]) =>
  fc.oneof(
    fc.constantFrom(...slugs, '1', '2', '0', '-1', '1e3', '99999999999999999999'),
    hostileText(12),
  );

const requestFor = (read: Read, segment: string, query: string, etag: string | null) => {
  // A URL holds no lone surrogate: the client's encoder sends U+FFFD, Next passes the raw text on.
  const path = read.name.replace(
    /\[\w+\]/,
    encodeURIComponent(segment.replace(/\p{Cs}/gu, '\ufffd')),
  );
  const headers: HeadersInit = etag === null ? {} : { 'if-none-match': etag };
  return new Request(`http://tally.test${path}${query ? `?${query}` : ''}`, { headers });
};

/** The answer, with its body read to the end: a streamed export can fail only while it is read. */
export async function answer(read: Read, segment: string, query: string, etag: string | null) {
  const context = { params: Promise.resolve({ [read.segment ?? 'none']: segment }) as never };
  const response = await read.route(requestFor(read, segment, query, etag), context);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: await response.text(),
  };
}

/** A query for this read: its own parameters and others, well or badly encoded. */
export const anyQuery = (read: Read, slugs: readonly string[]) =>
  fc.oneof(
    queryPairs(read.params, slugs).map((pairs) => new URLSearchParams(pairs).toString()),
    rawQuery(read.params),
  );
export const anyEtag = fc.oneof(
  fc.constant(null),
  fc.constantFrom('*', '"v1"', 'W/"v1"', '"v999999"', '', ',', '"v1", *'),
  hostileText(8).map((text) => text.replace(/[^\x20-\x7e]/g, '')),
);
