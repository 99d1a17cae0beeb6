import { describe, expect, test } from 'vitest';
import {
  type MetricPageQuery,
  NO_CLAIMANT,
  metricPageHref,
  parseMetricPageQuery,
} from '@/lib/metrics/page-query';

const DEFAULTS: MetricPageQuery = {
  claimant: null,
  status: 'active',
  sort: 'desc',
  page: 1,
  from: null,
  to: null,
  notices: [],
};

describe('parseMetricPageQuery', () => {
  const cases: [string, Record<string, string | string[]>, Partial<MetricPageQuery>][] = [
    ['no query', {}, {}],
    [
      'every parameter',
      { claimant: 'sohr', sort: 'asc', page: '3', from: '2025-03-01', to: '2025-03-09' },
      { claimant: 'sohr', sort: 'asc', page: 3, from: '2025-03-01', to: '2025-03-09' },
    ],
    [
      'figures with no source named, retracted',
      { claimant: NO_CLAIMANT, status: 'retracted' },
      { claimant: NO_CLAIMANT, status: 'retracted' },
    ],
    [
      'a status that is none',
      { status: 'deleted' },
      { notices: ['The status was not active or retracted, so active figures are shown.'] },
    ],
    ['blank parameters', { claimant: '', from: '', page: '' }, {}],
    ['a repeated parameter', { sort: ['asc', 'desc'] }, { sort: 'asc' }],
    [
      'a bad sort and page',
      { sort: 'sideways', page: '-2' },
      {
        notices: [
          'The sort order was not asc or desc, so the newest figures come first.',
          'The page number was not a whole number from 1, so the first page is shown.',
        ],
      },
    ],
    [
      'a claimant that is no slug, and a date that is no day',
      { claimant: 'Syrian Observatory', to: '2025-02-30', from: '2025-02-01' },
      {
        from: '2025-02-01',
        notices: [
          'The claimant filter was not a source, so every claimant is shown.',
          'The end date was not a date like 2025-03-09, so figures are shown to the last.',
        ],
      },
    ],
    [
      'dates the wrong way round',
      { from: '2025-03-09', to: '2025-03-01' },
      { notices: ['The start date was after the end date, so every date is shown.'] },
    ],
  ];
  test.each(cases)('%s', (_name, params, expected) => {
    expect(parseMetricPageQuery(params)).toEqual({ ...DEFAULTS, ...expected });
  });
});

describe('metricPageHref', () => {
  test('the defaults are left out', () => {
    expect(metricPageHref('gaza-killed', DEFAULTS)).toBe('/metrics/gaza-killed');
  });

  test('every choice is kept, in a steady order, and a fragment added', () => {
    const state = {
      ...DEFAULTS,
      claimant: NO_CLAIMANT,
      status: 'retracted' as const,
      sort: 'asc' as const,
      page: 2,
      from: '2025-03-01',
      to: '2025-03-09',
    };
    expect(metricPageHref('gaza-killed', state, 'figures')).toBe(
      '/metrics/gaza-killed?from=2025-03-01&to=2025-03-09&status=retracted&claimant=_unattributed&sort=asc&page=2#figures',
    );
  });

  test('what it writes reads back as the same state', () => {
    const state = { ...DEFAULTS, claimant: 'sohr', status: 'retracted' as const, page: 3 };
    const search = new URL(metricPageHref('m', state), 'http://x').searchParams;
    expect(parseMetricPageQuery(Object.fromEntries(search))).toEqual(state);
  });
});
