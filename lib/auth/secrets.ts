import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

type ScryptCost = { N: number; r: number; p: number; maxmem: number };

function scryptAsync(
  password: string,
  salt: Buffer,
  keyLength: number,
  cost: ScryptCost,
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, keyLength, cost, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

// OWASP's floor for scrypt: N=2^17 would be stronger but costs 128 MB per sign-in on a 2-core box.
const COST = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 64;

/** scrypt with a fresh 16-byte salt, stored as `scrypt$N$r$p$salt$hash` so the cost can change. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, KEY_LENGTH, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('hex'), hash.toString('hex')].join('$');
}

const hex = z.string().regex(/^(?:[0-9a-f]{2})+$/);
const costNumber = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number);
/** A stored hash as hashPassword writes it; anything else matches no password. */
const StoredHash = z.tuple([z.literal('scrypt'), costNumber, costNumber, costNumber, hex, hex]);

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = StoredHash.safeParse(stored.split('$'));
  if (!parsed.success) return false;
  const [, N, r, p, salt, hash] = parsed.data;
  const expected = Buffer.from(hash, 'hex');
  const actual = await scryptAsync(password, Buffer.from(salt, 'hex'), expected.length, {
    N,
    r,
    p,
    maxmem: COST.maxmem,
  });
  return timingSafeEqual(actual, expected);
}

/** An opaque random token for a cookie or the API: 256 bits, URL-safe. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are random, so a plain SHA-256 is enough to store them without storing them. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
