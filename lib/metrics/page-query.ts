import { z } from 'zod';
import { ENTERED_STATUSES, type EnteredStatus } from '@/db/enums';
import { SLUG_PATTERN } from '@/lib/text/slug';
import { type UrlQuery, readUrlQuery } from '@/lib/url-query';

/**
 * The claimant filter's value for figures nobody is named for. Not a slug (slugs have no
 * underscore), so no source can ever be mistaken for it.
 */
export const NO_CLAIMANT = '_unattributed';

const MetricPageParams = z.object({
  claimant: z.union([z.string().regex(SLUG_PATTERN), z.literal(NO_CLAIMANT)]).optional(),
  status: z.enum(ENTERED_STATUSES).default('active'),
  sort: z.enum(['asc', 'desc']).default('desc'),
  page: z
    .string()
    .regex(/^[1-9]\d{0,6}$/)
    .transform(Number)
    .default(1),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

export type MetricPageQuery = {
  /** A source slug, NO_CLAIMANT, or null for every claimant. */
  claimant: string | null;
  /** The table lists active figures, or the retracted ones kept for the record. */
  status: EnteredStatus;
  sort: 'asc' | 'desc';
  page: number;
  /** The dates shown, inclusive, on as_of; null is open. */
  from: string | null;
  to: string | null;
  /** One line per parameter that was ignored, to show the reader. */
  notices: string[];
};

// In the order the parameters are checked, so notices read in a steady order.
const NOTICES: Record<keyof z.output<typeof MetricPageParams>, string> = {
  claimant: 'The claimant filter was not a source, so every claimant is shown.',
  status: 'The status was not active or retracted, so active figures are shown.',
  sort: 'The sort order was not asc or desc, so the newest figures come first.',
  page: 'The page number was not a whole number from 1, so the first page is shown.',
  from: 'The start date was not a date like 2025-03-09, so figures are shown from the first.',
  to: 'The end date was not a date like 2025-03-09, so figures are shown to the last.',
};

/**
 * The metric page's own query (claimant filter, sort, page, dates). A bad value never breaks the page:
 * it is ignored, and a notice says so.
 */
export function parseMetricPageQuery(params: UrlQuery): MetricPageQuery {
  const { data, ignored } = readUrlQuery(MetricPageParams, params);
  const { claimant = null, status, sort, page, from = null, to = null } = data;
  const notices = Object.entries(NOTICES).flatMap(([key, notice]) =>
    ignored.includes(key) ? [notice] : [],
  );
  if (from && to && from > to) {
    notices.push('The start date was after the end date, so every date is shown.');
    return { claimant, status, sort, page, from: null, to: null, notices };
  }
  return { claimant, status, sort, page, from, to, notices };
}

export type MetricPageState = Omit<MetricPageQuery, 'notices'>;

/**
 * The page's state as URL parameters, defaults left out, in a steady order: every link and form
 * on the page keeps the reader's other choices (dates, claimant, status, sort) while changing one.
 */
export function metricPageParams(state: MetricPageState): [string, string][] {
  const params: [string, string | null][] = [
    ['from', state.from],
    ['to', state.to],
    ['status', state.status === 'active' ? null : state.status],
    ['claimant', state.claimant],
    ['sort', state.sort === 'desc' ? null : state.sort],
    ['page', state.page > 1 ? String(state.page) : null],
  ];
  return params.filter((param): param is [string, string] => param[1] !== null);
}

/** The metric page's address for a state, with an optional #fragment. */
export function metricPageHref(slug: string, state: MetricPageState, fragment = ''): string {
  const search = new URLSearchParams(metricPageParams(state)).toString();
  return `/metrics/${slug}${search ? `?${search}` : ''}${fragment ? `#${fragment}` : ''}`;
}
