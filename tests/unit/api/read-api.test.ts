import { beforeAll, describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { GET as getClaimRoute } from '@/app/api/claims/[id]/route';
import { GET as exportCsvRoute } from '@/app/api/export.csv/route';
import { GET as exportJsonRoute } from '@/app/api/export.json/route';
import { GET as getMetricRoute } from '@/app/api/metrics/[slug]/route';
import { GET as listClaimsRoute } from '@/app/api/metrics/[slug]/claims/route';
import { GET as listMetricsRoute } from '@/app/api/metrics/route';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { db } from '@/db/client';
import {
  ClaimResponse,
  ClaimsPageResponse,
  ExportRowJson,
  InvalidError,
  MetricListResponse,
  MetricResponse,
  NotFoundError,
} from '@/lib/api/response-schemas';
import { seedIfEmpty } from '@/lib/server/seed';
import { CONTRACT_COLUMNS } from '@/tests/support/contract-columns';
import { createTestClaims, migrateTestDatabase } from '@/tests/support/test-database';

const request = (path: string) => new Request(`http://tally.test${path}`);
const params = <T extends object>(value: T) => ({ params: Promise.resolve(value) });

/**
 * The answer's status and its body parsed with the contract's schema: a drift from it fails here. The
 * raw JSON comes too, because parsing rebuilds objects in the schema's key order.
 */
async function answer<S extends z.ZodType>(
  schema: S,
  response: Response,
): Promise<{ status: number; body: z.infer<S>; raw: unknown }> {
  const raw: unknown = await response.json();
  return { status: response.status, body: schema.parse(raw), raw };
}

const dailyToll = (day: number, value: number) => ({
  metric: 'gaza-killed',
  value: String(value),
  as_of: `2025-04-${String(day).padStart(2, '0')}`,
  claimant: 'Gaza Ministry of Health',
  claimant_kind: 'ministry',
  url: `https://example.org/moh/2025-04-${day}`,
  title: `Daily report ${day}`,
});

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
  await createTestClaims([1, 2, 3, 4, 5].map((day) => dailyToll(day, 50000 + day * 10)));
});

describe('GET /api/metrics', () => {
  test('lists every metric with its latest claim per claimant', async () => {
    const { body } = await answer(
      MetricListResponse,
      await listMetricsRoute(request('/api/metrics')),
    );
    expect(body.metrics).toHaveLength(5);
    const gaza = body.metrics.find((m) => m.slug === 'gaza-killed');
    expect(gaza).toMatchObject({
      name: 'People killed',
      topic: 'gaza-war',
      unit: 'people',
      kind: 'cumulative',
      parent: null,
    });
    expect(gaza?.latest.map((c) => c.value).sort()).toEqual([48450, 50050]);
    const part = body.metrics.find((m) => m.slug === 'syria-coast-civilians-killed');
    expect(part?.parent).toBe('syria-coast-killed');
  });
});

describe('GET /api/metrics/[slug]', () => {
  test('returns the metric', async () => {
    const { status, body } = await answer(
      MetricResponse,
      await getMetricRoute(request('/api/metrics/gaza-killed'), params({ slug: 'gaza-killed' })),
    );
    expect(status).toBe(200);
    expect(body.metric.slug).toBe('gaza-killed');
  });

  test('answers 404 for an unknown slug', async () => {
    const response = await getMetricRoute(request('/api/metrics/nope'), params({ slug: 'nope' }));
    expect(await answer(NotFoundError, response)).toMatchObject({
      status: 404,
      raw: { error: 'not_found' },
    });
  });
});

describe('GET /api/metrics/[slug]/claims', () => {
  const list = (query: string) =>
    listClaimsRoute(
      request(`/api/metrics/gaza-killed/claims${query}`),
      params({ slug: 'gaza-killed' }),
    );
  const page = async (query: string) => (await answer(ClaimsPageResponse, await list(query))).body;

  test('pages through the claims in as_of order with the cursor', async () => {
    const first = await page('?limit=4');
    expect(first.claims.map((c) => c.as_of)).toEqual([
      '2025-03-10',
      '2025-04-01',
      '2025-04-02',
      '2025-04-03',
    ]);
    expect(typeof first.next_cursor).toBe('string');
    const second = await page(`?limit=4&cursor=${first.next_cursor}`);
    expect(second.claims.map((c) => c.as_of)).toEqual(['2025-04-04', '2025-04-05']);
    expect(second.next_cursor).toBeNull();
  });

  test('each claim carries the CSV columns, its id and its flags', async () => {
    const body = await page('?limit=1');
    expect(Object.keys(body.claims[0] ?? {}).sort()).toEqual(
      ['id', ...CONTRACT_COLUMNS, 'claimant_slug', 'appearance_count', 'flags'].sort(),
    );
    expect(body.metric.slug).toBe('gaza-killed');
  });

  test('filters by inclusive dates and by claimant slug', async () => {
    const byDate = await page('?from=2025-04-02&to=2025-04-03');
    expect(byDate.claims.map((c) => c.value)).toEqual([50020, 50030]);
    const byClaimant = await page('?claimant=gaza-ministry-of-health');
    expect(byClaimant.claims).toHaveLength(5);
  });

  test.each([
    ['?limit=0', 'limit'],
    ['?limit=10001', 'limit'],
    ['?limit=ten', 'limit'],
    ['?from=2025-13-01', 'from'],
    ['?cursor=garbage', 'cursor'],
    ['?claimant=nobody', 'claimant'],
  ])('answers 400 naming the parameter for %s', async (query, field) => {
    const { status, body } = await answer(InvalidError, await list(query));
    expect(status).toBe(400);
    expect(Object.keys(body.fields)).toEqual([field]);
  });

  test('answers 404 for an unknown metric', async () => {
    const response = await listClaimsRoute(
      request('/api/metrics/nope/claims'),
      params({ slug: 'nope' }),
    );
    expect((await answer(NotFoundError, response)).status).toBe(404);
  });
});

describe('GET /api/claims/[id]', () => {
  test('returns the claim with its revisions', async () => {
    const response = await getClaimRoute(request('/api/claims/1'), params({ id: '1' }));
    const { body } = await answer(ClaimResponse, response);
    expect(body.claim).toMatchObject({
      id: 1,
      metric: 'syria-coast-killed',
      qualifier: 'more_than',
      value: 1000,
    });
    expect(body.revisions).toHaveLength(1);
    expect(body.revisions[0]).toMatchObject({
      action: 'create',
      snapshot: { value: 1000, claimant: 'Syrian Observatory for Human Rights' },
    });
  });

  test.each(['999', 'abc', '0', '-1'])('answers 404 for id %s', async (id) => {
    const response = await getClaimRoute(request(`/api/claims/${id}`), params({ id }));
    expect((await answer(NotFoundError, response)).status).toBe(404);
  });
});

describe('the exports', () => {
  test('CSV: the header, then rows by topic, metric, as_of, claimant and id, LF-terminated', async () => {
    const text = await (await exportCsvRoute(request('/api/export.csv'))).text();
    const lines = text.split('\n');
    expect(lines[0]).toBe(CONTRACT_COLUMNS.join(','));
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toContain('\r');
    expect(lines.slice(1, 7).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(
      Array(6).fill('gaza-war,gaza-killed'),
    );
    expect(lines[1]).toContain(',48450,at_least,,,2025-03-10,');
    expect(lines).toHaveLength(1 + 10 + 1);
  });

  test('JSON: the same rows keyed by the CSV columns, filtered by metric', async () => {
    const response = await exportJsonRoute(request('/api/export.json?metric=syria-coast-killed'));
    const { body: rows, raw } = await answer(ExportRowJson.array(), response);
    expect(rows).toHaveLength(1);
    expect(Array.isArray(raw) ? Object.keys(raw[0] ?? {}) : raw).toEqual(CONTRACT_COLUMNS);
    expect(rows[0]).toMatchObject({ value: 1000, qualifier: 'more_than', low: null });
  });

  test('an unknown metric is a 404, a malformed one a 400', async () => {
    const unknown = await exportCsvRoute(request('/api/export.csv?metric=nope'));
    expect((await answer(NotFoundError, unknown)).status).toBe(404);
    const malformed = await exportJsonRoute(request('/api/export.json?metric=Not%20A%20Slug'));
    expect((await answer(InvalidError, malformed)).body.fields).toHaveProperty('metric');
  });
});

describe('cache validation', () => {
  const withTag = (tag: string) =>
    new Request('http://tally.test/api/metrics/gaza-killed/claims', {
      headers: { 'if-none-match': tag },
    });
  const list = (req: Request) => listClaimsRoute(req, params({ slug: 'gaza-killed' }));

  test('every read answers with an ETag of the data version and of what it answers, and 304 when it is current', async () => {
    const first = await list(request('/api/metrics/gaza-killed/claims'));
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"v\d+-[\w-]+"$/);
    const again = await list(withTag(etag));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const version = etag.slice(0, etag.indexOf('-'));
    const tags = [etag];
    for (const response of [
      await listMetricsRoute(request('/api/metrics')),
      await getMetricRoute(request('/api/metrics/gaza-killed'), params({ slug: 'gaza-killed' })),
      await getClaimRoute(request('/api/claims/1'), params({ id: '1' })),
      await exportCsvRoute(request('/api/export.csv')),
      await exportJsonRoute(request('/api/export.json')),
    ]) {
      await response.body?.cancel();
      const tag = response.headers.get('etag') ?? '';
      expect(tag.startsWith(`${version}-`)).toBe(true);
      tags.push(tag);
    }
    expect(new Set(tags).size).toBe(tags.length);
  });

  test('a write from the CLI, another process, changes the ETag and the answer at the next request', async () => {
    const before = await list(request('/api/metrics/gaza-killed/claims'));
    const etag = before.headers.get('etag') ?? '';
    const claimsBefore = (await answer(ClaimsPageResponse, before)).body.claims.length;
    // Asked again with nothing written, the answer is the one kept in memory: the same bytes.
    const kept = await list(request('/api/metrics/gaza-killed/claims'));
    expect((await answer(ClaimsPageResponse, kept)).body.claims).toHaveLength(claimsBefore);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tally-etag-')), 'one.json');
    writeFileSync(file, JSON.stringify([{ ...dailyToll(20, 50200), quote: 'It is 50,200.' }]));
    const result = spawnSync(
      'node_modules/.bin/tsx',
      ['--conditions=react-server', 'lib/cli/main.ts', 'import', file],
      { env: { ...process.env }, encoding: 'utf8' },
    );
    expect(result.stdout).toContain('1 inserted');
    const after = await list(withTag(etag));
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    // A kept answer must not hide the new figure.
    expect((await answer(ClaimsPageResponse, after)).body.claims).toHaveLength(claimsBefore + 1);
  });
});
