import { beforeAll, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { memoByDataVersion } from '@/lib/server/cache/data-version-memo';
import { bumpDataVersion } from '@/lib/server/data-version';
import { migrateTestDatabase } from '@/tests/support/test-database';

beforeAll(migrateTestDatabase);

/** A computation that counts its runs and gives a fresh object each time. */
const counted = () => {
  const compute = vi.fn(async () => ({ run: compute.mock.calls.length }));
  return compute;
};

// Every write transaction bumps the version, so this is what any write does to the memo.
const write = () => db.transaction((tx) => bumpDataVersion(tx));

describe('memoByDataVersion', () => {
  test('computes once per data version and answers later calls with the same value', async () => {
    const compute = counted();
    const first = await memoByDataVersion('same', compute);
    const second = await memoByDataVersion('same', compute);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
  });

  test('calls made at once share one computation', async () => {
    const compute = counted();
    const [a, b] = await Promise.all([
      memoByDataVersion('at-once', compute),
      memoByDataVersion('at-once', compute),
    ]);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(b).toBe(a);
  });

  test('recomputes after a write bumps the version', async () => {
    const compute = counted();
    const before = await memoByDataVersion('after-write', compute);
    await write();
    const after = await memoByDataVersion('after-write', compute);
    expect(compute).toHaveBeenCalledTimes(2);
    expect(before).toEqual({ run: 1 });
    expect(after).toEqual({ run: 2 });
    expect(await memoByDataVersion('after-write', compute)).toBe(after);
  });

  test('keeps each key apart', async () => {
    const compute = counted();
    await memoByDataVersion('one', compute);
    await memoByDataVersion('two', compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  test('does not remember a failure: the next call computes again', async () => {
    const failing = vi.fn(() => Promise.reject(new Error('database unavailable')));
    await expect(memoByDataVersion('failing', failing)).rejects.toThrow('database unavailable');
    const compute = counted();
    expect(await memoByDataVersion('failing', compute)).toEqual({ run: 1 });
  });

  test('keeps the 200 most recently computed keys and forgets older ones', async () => {
    const compute = counted();
    for (let n = 0; n <= 200; n++) await memoByDataVersion(`many:${n}`, compute);
    expect(compute).toHaveBeenCalledTimes(201);
    await memoByDataVersion('many:1', compute);
    expect(compute).toHaveBeenCalledTimes(201);
    await memoByDataVersion('many:0', compute);
    expect(compute).toHaveBeenCalledTimes(202);
  });
});
