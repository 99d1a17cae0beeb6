/**
 * When a sign-in may have its password checked: the one home of Tally's sign-in limits.
 *
 * The policy follows OWASP's authentication and credential-stuffing cheat sheets, and what large
 * identity providers do (per-user-and-address lockout plus a looser throttle per address):
 *
 * - Failures are counted per client address (whatever emails it tries: password spraying) and per
 *   address and email together (guessing one account). Each has tiers that grow: a short window
 *   for typos, then an hour and a day, so a persistent guesser gets fewer tries the longer it
 *   goes on. Beyond a tier's limit the attempt is refused before any password is checked, and
 *   told when it may try again (when the oldest failure that still counts leaves the window).
 * - An email is never locked for everyone: an account lockout would let any stranger deny a known
 *   editor. An email that many addresses are failing on gets a slower path instead: every attempt
 *   for it waits a short fixed delay before its check, and the right password still gets in.
 * - A sign-in with the right password clears its own address-and-email count (a forgetful editor
 *   starts afresh), never the address's: a guesser who is also an editor cannot launder failures.
 * - A stranger and an editor behind one address cannot be told apart by anything but the
 *   password, so from a shared address the editor waits like the stranger, with the time to wait.
 *
 * The counts read attempts stored in the database, so every instance agrees; the caller reserves
 * each attempt in the same write transaction that reads them (lib/server/auth/sign-in.ts).
 */

/** A limit: at most `failures` failed sign-ins within the last `windowMs`. */
export type FailureTier = { windowMs: number; failures: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Failures from one address, whatever emails it tries. */
export const ADDRESS_TIERS: readonly FailureTier[] = [
  { windowMs: MINUTE, failures: 5 },
  { windowMs: HOUR, failures: 30 },
  { windowMs: DAY, failures: 100 },
];

/** Failures from one address for one email, since that pair last signed in. */
export const PAIR_TIERS: readonly FailureTier[] = [
  { windowMs: MINUTE, failures: 5 },
  { windowMs: HOUR, failures: 10 },
  { windowMs: DAY, failures: 20 },
];

/** How far back the tiers look, and how many failures of each kind they can need. */
export const LOOKBACK_MS = Math.max(...[...ADDRESS_TIERS, ...PAIR_TIERS].map((t) => t.windowMs));
export const ADDRESS_FAILURES_NEEDED = Math.max(...ADDRESS_TIERS.map((t) => t.failures));
export const PAIR_FAILURES_NEEDED = Math.max(...PAIR_TIERS.map((t) => t.failures));

/** An email with this many failures from any address in EMAIL_WINDOW_MS is under attack. */
export const EMAIL_UNDER_ATTACK = { windowMs: 15 * MINUTE, failures: 10 } as const;
/** The slower path's fixed delay: it slows a guesser's every try, and an editor's only once. */
export const UNDER_ATTACK_DELAY_MS = 1_000;

/** The failures an attempt is judged on; times are milliseconds since the epoch. */
export type RecentFailures = {
  /** From this address for any email, newest first (at least ADDRESS_FAILURES_NEEDED of them). */
  address: number[];
  /** From this address for this email since its last sign-in, newest first. */
  pair: number[];
  /** This email's failures from any address within EMAIL_UNDER_ATTACK.windowMs. */
  emailFailures: number;
};

export type SignInVerdict =
  { status: 'allowed'; delayMs: number } | { status: 'limited'; retryAfterSeconds: number };

/** Whether an attempt may check its password now, and after what delay. */
export function judgeSignIn(recent: RecentFailures, now: number): SignInVerdict {
  const wait = Math.max(
    waitUnderTiers(recent.address, ADDRESS_TIERS, now),
    waitUnderTiers(recent.pair, PAIR_TIERS, now),
  );
  if (wait > 0) return { status: 'limited', retryAfterSeconds: Math.ceil(wait / 1000) };
  const underAttack = recent.emailFailures >= EMAIL_UNDER_ATTACK.failures;
  return { status: 'allowed', delayMs: underAttack ? UNDER_ATTACK_DELAY_MS : 0 };
}

/**
 * Milliseconds until another failure fits under every tier (0: it fits now). `newestFirst` are
 * the failures' times, newest first. A tier is full while its `failures`-th newest failure is
 * inside its window; it frees a place when that failure leaves.
 */
export function waitUnderTiers(
  newestFirst: readonly number[],
  tiers: readonly FailureTier[],
  now: number,
): number {
  let wait = 0;
  for (const tier of tiers) {
    const oldestCounted = newestFirst[tier.failures - 1];
    if (oldestCounted === undefined) continue;
    wait = Math.max(wait, oldestCounted + tier.windowMs - now);
  }
  return wait;
}

/** "50 seconds", "12 minutes", "3 hours": a wait as a person would say it, never rounded down. */
export function waitInWords(seconds: number): string {
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (seconds < 120) return unit(Math.max(1, Math.ceil(seconds)), 'second');
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return unit(minutes, 'minute');
  return unit(Math.ceil(minutes / 60), 'hour');
}
