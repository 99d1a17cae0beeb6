import { describe, expect, test } from 'vitest';
import {
  type FailureTier,
  type RecentFailures,
  judgeSignIn,
  waitInWords,
  waitUnderTiers,
} from '@/lib/auth/sign-in-policy';

const NOW = 1_000_000_000;
const s = (seconds: number) => NOW - seconds * 1000;
const TIERS: FailureTier[] = [
  { windowMs: 60_000, failures: 3 },
  { windowMs: 3_600_000, failures: 5 },
];

describe('waitUnderTiers', () => {
  test.each<[string, number[], number]>([
    ['no failures', [], 0],
    ['fewer than any tier allows', [s(1), s(2)], 0],
    [
      'a full minute: until its oldest counted failure is a minute old',
      [s(1), s(2), s(20)],
      40_000,
    ],
    ['a full minute whose third failure has left it', [s(1), s(2), s(60)], 0],
    ['only the third newest counts, not older ones', [s(5), s(10), s(30), s(50)], 30_000],
    ['a full hour outlasts a free minute', [s(100), s(200), s(300), s(400), s(600)], 3_000_000],
    [
      'five in the hour and three in the minute: the longer wait',
      [s(1), s(2), s(3), s(4), s(5)],
      3_595_000,
    ],
  ])('%s', (_case, newestFirst, expected) => {
    expect(waitUnderTiers(newestFirst, TIERS, NOW)).toBe(expected);
  });
});

describe('judgeSignIn', () => {
  const none: RecentFailures = { address: [], pair: [], emailFailures: 0 };
  const fiveThisMinute = [s(1), s(2), s(3), s(4), s(10)];

  test.each<[string, RecentFailures, ReturnType<typeof judgeSignIn>]>([
    ['a clean slate checks at once', none, { status: 'allowed', delayMs: 0 }],
    [
      'five failures a minute from the address',
      { ...none, address: fiveThisMinute },
      { status: 'limited', retryAfterSeconds: 50 },
    ],
    [
      'five failures a minute for the email from the address',
      { ...none, address: fiveThisMinute, pair: fiveThisMinute },
      { status: 'limited', retryAfterSeconds: 50 },
    ],
    [
      'ten an hour for the email from the address, though the minute is free',
      { ...none, pair: [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000].map(s) },
      { status: 'limited', retryAfterSeconds: 2600 },
    ],
    [
      'thirty an hour from the address, whatever the emails',
      { ...none, address: Array.from({ length: 30 }, (_, i) => s(120 + i * 10)) },
      { status: 'limited', retryAfterSeconds: 3600 - 410 },
    ],
    [
      'an email failing everywhere is slowed, never refused',
      { ...none, emailFailures: 1_000 },
      { status: 'allowed', delayMs: 1_000 },
    ],
    [
      'nine failures for the email are not yet an attack',
      { ...none, emailFailures: 9 },
      { status: 'allowed', delayMs: 0 },
    ],
  ])('%s', (_case, recent, expected) => {
    expect(judgeSignIn(recent, NOW)).toEqual(expected);
  });
});

describe('waitInWords', () => {
  test.each<[number, string]>([
    [0.2, '1 second'],
    [1, '1 second'],
    [50, '50 seconds'],
    [119, '119 seconds'],
    [120, '2 minutes'],
    [121, '3 minutes'],
    [3478, '58 minutes'],
    [7140, '119 minutes'],
    [7200, '2 hours'],
    [86_000, '24 hours'],
  ])('%s seconds → %s', (seconds, words) => {
    expect(waitInWords(seconds)).toBe(words);
  });
});
