import { beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { signInAttempts } from '@/db/schema';
import { randomBytes, scryptSync } from 'node:crypto';
import { editors } from '@/db/schema';
import { type SignInResult, signIn } from '@/lib/server/auth/sign-in';
import {
  ADDRESS_TIERS,
  EMAIL_UNDER_ATTACK,
  PAIR_TIERS,
  UNDER_ATTACK_DELAY_MS,
} from '@/lib/auth/sign-in-policy';
import { migrateTestDatabase } from '@/tests/support/test-database';

const PASSWORD = 'the editor knows this one';
const PER_MINUTE = 5;
// Each test runs in its own day, so no test's failures count against another's.
let day = 0;
const nextDay = () => new Date(Date.UTC(2030, 0, 1) + ++day * 2 * 86_400_000);
const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000);
const from = (address: string) => ({ address, userAgent: 'vitest' });

beforeAll(async () => {
  await migrateTestDatabase();
  // Known emails check their cheap hash; unknown ones (spray…) cost a full check, so few use them.
  for (const name of [
    'hourly',
    'other',
    'patient',
    'guess0',
    'guess1',
    'guess2',
    'guess3',
    'guess4',
  ])
    await createEditor(`${name}@tally.test`, PASSWORD);
});

/**
 * An editor whose stored hash has a low scrypt cost (the cost travels with the hash), so the
 * dozens of password checks below take milliseconds; the policy under test is the same.
 */
async function createEditor(email: string, password: string): Promise<void> {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, 64, { N: 1024, r: 8, p: 1 });
  const stored = ['scrypt', 1024, 8, 1, salt.toString('hex'), hash.toString('hex')].join('$');
  await db.insert(editors).values({ email, passwordHash: stored });
}

async function outcomesOf(email: string) {
  const rows = await db
    .select({ outcome: signInAttempts.outcome })
    .from(signInAttempts)
    .where(eq(signInAttempts.email, email));
  return rows.map((r) => r.outcome).sort();
}

function tally(results: SignInResult[]) {
  const counts = { 'signed-in': 0, invalid: 0, limited: 0 };
  for (const r of results) counts[r.status]++;
  return counts;
}

describe('the limits assumed by these tests', () => {
  test('five failures a minute from one address, and from one address for one email', () => {
    expect(ADDRESS_TIERS[0]).toEqual({ windowMs: 60_000, failures: PER_MINUTE });
    expect(PAIR_TIERS[0]).toEqual({ windowMs: 60_000, failures: PER_MINUTE });
  });
});

describe('counting is atomic', () => {
  test('30 concurrent wrong guesses from one address check at most five passwords', async () => {
    await createEditor('target@tally.test', PASSWORD);
    const now = nextDay();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        signIn('target@tally.test', `wrong guess ${i}`, from('192.0.2.10'), now),
      ),
    );
    expect(tally(results)).toEqual({ 'signed-in': 0, invalid: PER_MINUTE, limited: 25 });
    const stored = await outcomesOf('target@tally.test');
    expect(stored.filter((o) => o === 'failed')).toHaveLength(PER_MINUTE);
    expect(stored.filter((o) => o === 'limited')).toHaveLength(25);
  });

  test('30 concurrent guesses at 30 emails from one address check at most five', async () => {
    const now = nextDay();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        signIn(`spray${i}@tally.test`, 'Password123!', from('192.0.2.11'), now),
      ),
    );
    expect(tally(results)).toEqual({ 'signed-in': 0, invalid: PER_MINUTE, limited: 25 });
  });
});

describe('a stranger cannot deny a known editor', () => {
  test('guesses from one address, one a second, never stop the editor at another', async () => {
    await createEditor('guarded@tally.test', PASSWORD);
    const start = nextDay();
    const editorResults: SignInResult['status'][] = [];
    for (let second = 0; second < 60; second++) {
      await signIn(
        'guarded@tally.test',
        `guess ${second}`,
        from('198.51.100.66'),
        at(start, second),
      );
      if (second % 6 === 5) {
        const result = await signIn(
          'guarded@tally.test',
          PASSWORD,
          from('203.0.113.8'),
          at(start, second),
        );
        editorResults.push(result.status);
      }
    }
    expect(editorResults).toEqual(Array(10).fill('signed-in'));
    // The stranger had five password checks; the rest were refused unchecked.
    const stored = await outcomesOf('guarded@tally.test');
    expect(stored.filter((o) => o === 'failed')).toHaveLength(PER_MINUTE);
  });

  test('an email failing from many addresses takes the slower path, never a refusal', async () => {
    await createEditor('popular@tally.test', PASSWORD);
    const now = nextDay();
    const guesses = Array.from({ length: EMAIL_UNDER_ATTACK.failures + 5 }, (_, i) =>
      signIn('popular@tally.test', `guess ${i}`, from(`10.0.${i}.1`), now),
    );
    expect(tally(await Promise.all(guesses)).limited).toBe(0);
    const started = performance.now();
    const editor = await signIn('popular@tally.test', PASSWORD, from('203.0.113.9'), at(now, 1));
    expect(editor.status).toBe('signed-in');
    expect(performance.now() - started).toBeGreaterThanOrEqual(UNDER_ATTACK_DELAY_MS - 5);
    // Another new address still gets its own password check, and the same answer as ever.
    const stranger = await signIn(
      'popular@tally.test',
      'guess again',
      from('10.9.9.9'),
      at(now, 2),
    );
    expect(stranger).toEqual({ status: 'invalid' });
  });

  test('behind the stranger’s own address the editor waits, and is told how long', async () => {
    await createEditor('shared@tally.test', PASSWORD);
    const start = nextDay();
    for (let i = 0; i < PER_MINUTE; i++)
      await signIn('shared@tally.test', `guess ${i}`, from('192.0.2.50'), start);
    expect(await signIn('shared@tally.test', PASSWORD, from('192.0.2.50'), at(start, 10))).toEqual({
      status: 'limited',
      retryAfterSeconds: 50,
    });
    const later = await signIn('shared@tally.test', PASSWORD, from('192.0.2.50'), at(start, 61));
    expect(later.status).toBe('signed-in');
  });
});

describe('the limits grow with persistence', () => {
  test('ten failures an hour for one email from one address wait out the hour', async () => {
    const start = nextDay();
    for (const minute of [0, 1])
      for (let i = 0; i < PER_MINUTE; i++)
        expect(
          (await signIn('hourly@tally.test', 'guess', from('192.0.2.60'), at(start, minute * 61)))
            .status,
        ).toBe('invalid');
    const refused = await signIn('hourly@tally.test', 'guess', from('192.0.2.60'), at(start, 180));
    expect(refused).toEqual({ status: 'limited', retryAfterSeconds: 3600 - 180 });
    // Other emails from that address still have the address's own, larger budget.
    const other = await signIn('other@tally.test', 'guess', from('192.0.2.60'), at(start, 181));
    expect(other.status).toBe('invalid');
  });

  test('refused attempts do not prolong a wait', async () => {
    const start = nextDay();
    for (let i = 0; i < PER_MINUTE; i++)
      await signIn('patient@tally.test', 'guess', from('192.0.2.70'), start);
    for (let second = 1; second < 60; second += 5)
      expect(
        (await signIn('patient@tally.test', 'guess', from('192.0.2.70'), at(start, second))).status,
      ).toBe('limited');
    const after = await signIn('patient@tally.test', 'guess', from('192.0.2.70'), at(start, 61));
    expect(after.status).toBe('invalid');
  });

  test('a sign-in clears its own address-and-email count', async () => {
    await createEditor('forgetful@tally.test', PASSWORD);
    const start = nextDay();
    const attempt = (password: string, second: number) =>
      signIn('forgetful@tally.test', password, from('192.0.2.80'), at(start, second));
    for (let i = 0; i < PER_MINUTE; i++) await attempt('typo', 0);
    for (let i = 0; i < 4; i++) await attempt('typo', 61);
    expect((await attempt(PASSWORD, 62)).status).toBe('signed-in');
    // Nine failures before the sign-in no longer count towards the pair's ten an hour.
    const afterwards = [];
    for (let i = 0; i < PER_MINUTE; i++) afterwards.push((await attempt('typo', 130)).status);
    expect(afterwards).toEqual(Array(PER_MINUTE).fill('invalid'));
  });

  test('five failures a minute from one address hold every email there', async () => {
    await createEditor('bystander@tally.test', PASSWORD);
    const now = nextDay();
    for (let i = 0; i < PER_MINUTE; i++)
      await signIn(`guess${i}@tally.test`, 'wrong', from('203.0.113.5'), now);
    const held = await signIn('bystander@tally.test', PASSWORD, from('203.0.113.5'), now);
    expect(held.status).toBe('limited');
  });
});
