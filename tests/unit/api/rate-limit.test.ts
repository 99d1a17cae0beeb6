import { describe, expect, test } from 'vitest';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/forwarded';
import { TokenBuckets, rateLimitKey, readCost } from '@/lib/server/http/rate-limit';

/** Buckets on a clock the test moves. */
function buckets(options = { burst: 10, perSecond: 2, maxClients: 3 }) {
  let now = 0;
  return {
    limits: new TokenBuckets(options, () => now),
    wait: (seconds: number) => (now += seconds * 1000),
  };
}

describe('token buckets', () => {
  test('a client spends its burst, then is told how long to wait, and refills with time', () => {
    const { limits, wait } = buckets();
    expect(limits.take('a', 4)).toBeNull();
    expect(limits.take('a', 6)).toBeNull();
    // Empty: a cost of 3 needs 1.5 s at 2 a second.
    expect(limits.take('a', 3)).toBe(2);
    wait(1);
    expect(limits.take('a', 3)).toBe(1);
    wait(0.5);
    expect(limits.take('a', 3)).toBeNull();
    // Never more than the burst, however long the wait.
    wait(3600);
    expect(limits.take('a', 11)).toBe(1);
    expect(limits.take('a', 10)).toBeNull();
  });

  test('a refused request spends nothing', () => {
    const { limits } = buckets();
    expect(limits.take('a', 8)).toBeNull();
    expect(limits.take('a', 5)).not.toBeNull();
    expect(limits.take('a', 2)).toBeNull();
  });

  test('work already done is charged even into debt, which is paid back by waiting', () => {
    const { limits, wait } = buckets();
    limits.charge('a', 30);
    // 20 below zero, and 1 more to spend: 10.5 s at 2 a second.
    expect(limits.take('a', 1)).toBe(11);
    wait(10.5);
    expect(limits.take('a', 1)).toBeNull();
  });

  test('clients are apart, and the least recent are forgotten past the most it tracks', () => {
    const { limits } = buckets();
    for (const client of ['a', 'b', 'c']) expect(limits.take(client, 10)).toBeNull();
    expect(limits.take('a', 1)).not.toBeNull();
    // A fourth client pushes out the least recent one, b: it comes back with a full bucket.
    expect(limits.take('d', 10)).toBeNull();
    expect(limits.take('b', 10)).toBeNull();
    expect(limits.take('a', 1)).not.toBeNull();
  });
});

describe('who pays', () => {
  const key = (address?: string) =>
    rateLimitKey(new Headers(address ? { [CLIENT_ADDRESS_HEADER]: address } : {}));

  test.each([
    ['192.0.2.1', '192.0.2.1'],
    ['::ffff:192.0.2.1', '::ffff:192.0.2.1'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::99', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('%s pays as %s', (address, paid) => {
    expect(key(address)).toBe(paid);
  });

  test('a request without an address Tally’s server set has no one to charge', () => {
    expect(key()).toBeNull();
  });

  test('a build costs about a unit per thousand claims', () => {
    expect(readCost(0)).toBeCloseTo(0.1);
    expect(readCost(1000)).toBeCloseTo(1.1);
    expect(readCost(10000)).toBeCloseTo(10.1);
  });
});
