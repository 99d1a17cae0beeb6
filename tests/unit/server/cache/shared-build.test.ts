import { beforeEach, describe, expect, test, vi } from 'vitest';

type BodyCache = typeof import('@/lib/server/cache/body-cache');
let cache: BodyCache;

// The cache is module state: each test starts from an empty one.
beforeEach(async () => {
  vi.resetModules();
  cache = await import('@/lib/server/cache/body-cache');
});

const answer = (status: number, text: string) => ({
  status,
  body: new TextEncoder().encode(text),
  contentType: 'application/json',
});

/** A build that finishes when told to, counting how often it ran. */
function gatedBuild(status = 200) {
  let finish = () => {};
  const gate = new Promise<void>((resolve) => (finish = resolve));
  const build = vi.fn(async () => {
    await gate;
    return answer(status, '{"built":true}');
  });
  return { build, finish };
}

describe('a build under way', () => {
  test('is shared by every request for that key and version until it ends, then kept', async () => {
    const { build, finish } = gatedBuild();
    const first = cache.buildAndKeep('/page', 7, build);
    expect(cache.buildUnderWay('/page', 7)).toBe(first);
    expect(cache.buildUnderWay('/page', 8)).toBeUndefined();
    expect(cache.buildUnderWay('/other', 7)).toBeUndefined();
    finish();
    await first;
    expect(build).toHaveBeenCalledTimes(1);
    expect(cache.buildUnderWay('/page', 7)).toBeUndefined();
    expect(cache.cachedBody('/page', 7)?.status).toBe(200);
  });

  test('an answer other than a 200 is shared while it is built but never kept', async () => {
    const { build, finish } = gatedBuild(404);
    const first = cache.buildAndKeep('/missing', 1, build);
    finish();
    expect((await first).status).toBe(404);
    expect(cache.cachedBody('/missing', 1)).toBeUndefined();
  });

  test('a failed build is forgotten, so the next request builds again', async () => {
    const failed = cache.buildAndKeep('/broken', 1, () => Promise.reject(new Error('busy')));
    await expect(failed).rejects.toThrow('busy');
    expect(cache.buildUnderWay('/broken', 1)).toBeUndefined();
  });
});
