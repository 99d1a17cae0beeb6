import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { bumpDataVersion, currentDataVersion } from '@/lib/server/data-version';
import { migrateTestDatabase } from '@/tests/support/test-database';

beforeAll(migrateTestDatabase);

describe('the data version', () => {
  test('counts committed write transactions, and a rolled-back one not at all', async () => {
    const start = await currentDataVersion();
    await db.transaction((tx) => bumpDataVersion(tx));
    expect(await currentDataVersion()).toBe(start + 1);
    await db.transaction((tx) => bumpDataVersion(tx));
    expect(await currentDataVersion()).toBe(start + 2);
    await expect(
      db.transaction(async (tx) => {
        await bumpDataVersion(tx);
        throw new Error('the write fails after the bump');
      }),
    ).rejects.toThrow('the write fails');
    expect(await currentDataVersion()).toBe(start + 2);
  });
});
