import { z } from 'zod';

const Fields = {
  claimant: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  sort: z.enum(['asc', 'desc']),
  page: z
    .string()
    .regex(/^[1-9]\d{0,6}$/)
    .transform(Number),
  from: z.iso.date(),
  to: z.iso.date(),
};

export type MetricPageQuery = {
  claimant: string | null;
  sort: 'asc' | 'desc';
  page: number;
  /** The dates shown, inclusive, on as_of; null is open. */
  from: string | null;
  to: string | null;
  /** One line per parameter that was ignored, to show the reader. */
  notices: string[];
};

const NOTICES: Record<keyof typeof Fields, string> = {
  claimant: 'The claimant filter was not a source, so every claimant is shown.',
  sort: 'The sort order was not asc or desc, so the newest figures come first.',
  page: 'The page number was not a whole number from 1, so the first page is shown.',
  from: 'The start date was not a date like 2025-03-09, so figures are shown from the first.',
  to: 'The end date was not a date like 2025-03-09, so figures are shown to the last.',
};

/**
 * The metric page's own query (claimant filter, sort, page, dates). A bad value never breaks the page:
 * it is ignored, and a notice says so.
 */
export function parseMetricPageQuery(
  params: Record<string, string | string[] | undefined>,
): MetricPageQuery {
  const query: MetricPageQuery = {
    claimant: null,
    sort: 'desc',
    page: 1,
    from: null,
    to: null,
    notices: [],
  };
  const read = <K extends keyof typeof Fields>(key: K): z.output<(typeof Fields)[K]> | null => {
    const raw = Array.isArray(params[key]) ? params[key][0] : params[key];
    if (raw === undefined || raw === '') return null;
    const parsed = Fields[key].safeParse(raw);
    if (!parsed.success) query.notices.push(NOTICES[key]);
    return parsed.success ? (parsed.data as z.output<(typeof Fields)[K]>) : null;
  };
  query.claimant = read('claimant');
  query.sort = read('sort') ?? 'desc';
  query.page = read('page') ?? 1;
  query.from = read('from');
  query.to = read('to');
  if (query.from && query.to && query.from > query.to) {
    query.notices.push('The start date was after the end date, so every date is shown.');
    query.from = query.to = null;
  }
  return query;
}
