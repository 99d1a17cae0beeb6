import { beforeEach, describe, expect, test, vi } from 'vitest';

// The cache keeps at most 128 MiB of bodies and refuses a body over a quarter of that: four bodies
// of a quarter fill it exactly.
const QUARTER = 32 * 1024 * 1024;

type BodyCache = typeof import('@/lib/server/cache/body-cache');
let cache: BodyCache;

// The cache is module state: each test starts from an empty one.
beforeEach(async () => {
  vi.resetModules();
  cache = await import('@/lib/server/cache/body-cache');
});

const encoder = new TextEncoder();
const entry = (
  version: number,
  body: string | Uint8Array<ArrayBuffer>,
  contentType = 'application/json',
) => ({
  status: 200,
  version,
  body: typeof body === 'string' ? encoder.encode(body) : body,
  contentType,
});
// Bodies are measured in bytes, not by content: one body of a quarter serves every test.
const QUARTER_BODY = new Uint8Array(QUARTER);
const keptKeys = (keys: readonly string[], version: number) =>
  keys.filter((key) => cache.cachedBody(key, version) !== undefined);

describe('the body cache', () => {
  test('answers with the body kept for that URL at that data version', () => {
    cache.keepBody('/api/metrics', entry(3, '{"metrics":[]}'));
    expect(cache.cachedBody('/api/metrics', 3)).toEqual(entry(3, '{"metrics":[]}'));
    expect(cache.cachedBody('/api/metrics?x=1', 3)).toBeUndefined();
  });

  test('misses once the data version has moved on, in either direction', () => {
    cache.keepBody('/api/claims/1', entry(3, '{"id":1}'));
    expect(cache.cachedBody('/api/claims/1', 4)).toBeUndefined();
    expect(cache.cachedBody('/api/claims/1', 2)).toBeUndefined();
  });

  test('a newer body for the same URL replaces the older one', () => {
    cache.keepBody('/api/metrics', entry(3, 'old'));
    cache.keepBody('/api/metrics', entry(4, 'new', 'text/plain'));
    expect(cache.cachedBody('/api/metrics', 3)).toBeUndefined();
    expect(cache.cachedBody('/api/metrics', 4)).toEqual(entry(4, 'new', 'text/plain'));
  });

  test('keeps a body of a quarter of the budget, and refuses a larger one', () => {
    cache.keepBody('/quarter', entry(1, QUARTER_BODY));
    cache.keepBody('/over', entry(1, new Uint8Array(QUARTER + 1)));
    expect(cache.cachedBody('/quarter', 1)?.body.byteLength).toBe(QUARTER);
    expect(cache.cachedBody('/over', 1)).toBeUndefined();
  });

  test('holds four quarters, and a fifth evicts the least recently kept', () => {
    const keys = ['/1', '/2', '/3', '/4', '/5'];
    keys.slice(0, 4).forEach((key) => cache.keepBody(key, entry(1, QUARTER_BODY)));
    expect(keptKeys(keys, 1)).toEqual(['/1', '/2', '/3', '/4']);
    // keptKeys read them in order, so /1 is now the least recently used.
    cache.keepBody('/5', entry(1, QUARTER_BODY));
    expect(keptKeys(keys, 1)).toEqual(['/2', '/3', '/4', '/5']);
  });

  test('a hit makes a body recent again, so the next eviction passes it by', () => {
    ['/1', '/2', '/3', '/4'].forEach((key) => cache.keepBody(key, entry(1, QUARTER_BODY)));
    cache.cachedBody('/1', 1);
    cache.keepBody('/5', entry(1, QUARTER_BODY));
    expect(keptKeys(['/1', '/2', '/3', '/4', '/5'], 1)).toEqual(['/1', '/3', '/4', '/5']);
  });

  test('counts a replaced body once: keeping a URL again frees its old size', () => {
    cache.keepBody('/1', entry(1, QUARTER_BODY));
    cache.keepBody('/1', entry(2, QUARTER_BODY));
    ['/2', '/3', '/4'].forEach((key) => cache.keepBody(key, entry(2, QUARTER_BODY)));
    expect(keptKeys(['/1', '/2', '/3', '/4'], 2)).toEqual(['/1', '/2', '/3', '/4']);
  });
});
