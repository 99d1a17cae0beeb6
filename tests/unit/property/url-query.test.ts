import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { ClaimsQuery } from '@/lib/claims/input/claims-query';
import { NO_CLAIMANT, metricPageHref, parseMetricPageQuery } from '@/lib/metrics/page-query';
import { isCalendarDay } from '@/lib/text/dates';
import { SLUG_PATTERN } from '@/lib/text/slug';
import { type UrlQuery, commaList, parseUrlQuery, queryValues } from '@/lib/url-query';
import { FAST, anyText, hostileText } from '@/tests/unit/property/arbitraries';
import { queryPairs, rawQuery } from '@/tests/unit/property/queries';

const CLAIMS_PARAMS = Object.keys(ClaimsQuery.shape);
const PAGE_PARAMS = ['claimant', 'status', 'sort', 'page', 'from', 'to'];

/** A URL query as a route gets it (URLSearchParams) or as a page gets it (a record of strings). */
const anyQuery = (params: string[]): fc.Arbitrary<UrlQuery> =>
  fc.oneof(
    queryPairs(params).map((pairs) => new URLSearchParams(pairs)),
    rawQuery(params).map((raw) => new URLSearchParams(raw)),
    fc.dictionary(
      fc.oneof(fc.constantFrom(...params), hostileText(6)),
      fc.oneof(anyText, fc.array(anyText, { maxLength: 3 }), fc.constant(undefined)),
      { maxKeys: 6 },
    ),
  );

describe('queryValues', () => {
  test('never throws, keeps one non-empty value per parameter, the first one given', () => {
    fc.assert(
      fc.property(anyQuery(CLAIMS_PARAMS), (query) => {
        const values = queryValues(query);
        for (const [key, value] of Object.entries(values)) {
          expect(value).not.toBe('');
          const given = query instanceof URLSearchParams ? query.getAll(key) : [query[key]].flat();
          expect(given[0]).toBe(value);
        }
      }),
      FAST,
    );
  });
});

describe('the claims query of the API', () => {
  test('never throws, and a rejection names only its own parameters', () => {
    fc.assert(
      fc.property(anyQuery(CLAIMS_PARAMS), (query) => {
        const parsed = parseUrlQuery(ClaimsQuery, query);
        if (!parsed.success) {
          const named = Object.keys(parsed.fieldErrors);
          expect(named.length).toBeGreaterThan(0);
          for (const key of named) expect(CLAIMS_PARAMS).toContain(key);
          return;
        }
        const { from, to, limit } = parsed.data;
        expect(Number.isInteger(limit) && limit >= 1 && limit <= 10000).toBe(true);
        for (const day of [from, to]) if (day !== undefined) expect(isCalendarDay(day)).toBe(true);
      }),
      FAST,
    );
  });
});

describe('the metric page query', () => {
  test('never breaks the page: any query gives a state the page can show', () => {
    fc.assert(
      fc.property(anyQuery(PAGE_PARAMS), (query) => {
        const state = parseMetricPageQuery(query);
        expect(Number.isInteger(state.page) && state.page >= 1).toBe(true);
        if (state.claimant !== null)
          expect(state.claimant === NO_CLAIMANT || SLUG_PATTERN.test(state.claimant)).toBe(true);
        for (const day of [state.from, state.to])
          if (day !== null) expect(isCalendarDay(day)).toBe(true);
        if (state.from !== null && state.to !== null) expect(state.from <= state.to).toBe(true);
        for (const notice of state.notices) expect(notice).toMatch(/\w/);
      }),
      FAST,
    );
  });

  test("a page's own links read back as the state they were made from", () => {
    fc.assert(
      fc.property(anyQuery(PAGE_PARAMS), (query) => {
        const { notices: _notices, ...state } = parseMetricPageQuery(query);
        const href = new URL(metricPageHref('gaza-killed', state), 'http://tally.test');
        const again = parseMetricPageQuery(href.searchParams);
        expect(again.notices).toEqual([]);
        expect({ ...again, notices: [] }).toEqual({ ...state, notices: [] });
      }),
      FAST,
    );
  });
});

describe('commaList', () => {
  test('keeps only the items that match, whatever the list holds', () => {
    const List = z.object({ ids: commaList(/^\d+$/) });
    fc.assert(
      fc.property(anyQuery(['ids']), (query) => {
        const parsed = parseUrlQuery(List, query);
        expect(parsed.success).toBe(true);
        if (parsed.success) for (const id of parsed.data.ids) expect(id).toMatch(/^\d+$/);
      }),
      FAST,
    );
  });
});
