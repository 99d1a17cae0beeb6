import 'server-only';
import type { RateLimitedError } from '@/lib/api/response-schemas';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/forwarded';

/**
 * A token bucket per client: each holds up to `burst` tokens and gains `perSecond` a second. A
 * read that has to be built spends tokens in proportion to its work; one the client cannot pay
 * for is refused with how long to wait. Spending may go below zero (an export pays for its rows
 * as it streams them): the debt is paid back by waiting.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly options: { burst: number; perSecond: number; maxClients: number },
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Spends `cost` when the client holds that much: null, else the seconds until it would. */
  take(client: string, cost: number): number | null {
    const bucket = this.refilled(client);
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      return null;
    }
    return Math.max(1, Math.ceil((cost - bucket.tokens) / this.options.perSecond));
  }

  /** Spends `cost` whatever the client holds: work already done is paid for. */
  charge(client: string, cost: number): void {
    this.refilled(client).tokens -= cost;
  }

  private refilled(client: string): { tokens: number; at: number } {
    const now = this.now();
    const { burst, perSecond } = this.options;
    const bucket = this.buckets.get(client) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    // A Map keeps insertion order: re-inserting keeps the least recent client first.
    this.buckets.delete(client);
    this.buckets.set(client, bucket);
    for (const [oldest] of this.buckets) {
      if (this.buckets.size <= this.options.maxClients) break;
      // Forgetting a client hands it a full bucket: only the least recent ones are forgotten.
      this.buckets.delete(oldest);
    }
    return bucket;
  }
}

/**
 * What one client may spend on reads that are built rather than served from memory, in units of
 * about a thousand claims read and written out: 60 at once, one more a second. A page of 1,000
 * claims costs 1.1, one of 10,000 costs 10.1, a claim or a source 0.1, an export 1 per 1,000 rows.
 * Answers kept in memory and 304s cost nothing, so a reader asking the same pages again and again
 * (a dashboard, `npm run bench`'s autocannon) is never slowed; a client asking for a new 10,000
 * claims every time gets about one such page every ten seconds once its 60 are spent.
 */
export const READ_LIMITS = { burst: 60, perSecond: 1, maxClients: 10_000 } as const;

export const readBuckets = new TokenBuckets(READ_LIMITS);

/** The cost of building an answer that reads about this many claims. */
export const readCost = (claims: number): number => 0.1 + claims / 1000;

/**
 * Who pays for a request: its client's address as Tally's server set it, an IPv6 address by its
 * /64 (one host is given a whole /64 and may use any address in it). Null when the request did not
 * come through Tally's server (unit tests, `next dev`): every client would share one bucket, and
 * one of them could then shut out all the others.
 */
export function rateLimitKey(headers: Headers): string | null {
  // Read as sent until Tally's own server (issue 14, in progress) sets it from the socket: a
  // client choosing its bucket only escapes a limit that is otherwise not applied at all.
  const address = headers.get(CLIENT_ADDRESS_HEADER);
  if (!address) return null;
  return address.includes(':') && !/^::ffff:\d/i.test(address) ? ipv6Prefix(address) : address;
}

function ipv6Prefix(address: string): string {
  const [head = '', tail = ''] = address.toLowerCase().split('%')[0]?.split('::') ?? [];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** 429 with Retry-After: the client has spent its share of built reads for now. */
export function rateLimitedResponse(retryAfterSeconds: number): Response {
  const body: RateLimitedError = { error: 'rate_limited', retry_after: retryAfterSeconds };
  return Response.json(body, {
    status: 429,
    headers: { 'retry-after': String(retryAfterSeconds) },
  });
}

/** Spends `cost` of the request's client, or the 429 to answer instead. */
export function spendOrRefuse(headers: Headers, cost: number): Response | null {
  const client = rateLimitKey(headers);
  const wait = client === null ? null : readBuckets.take(client, cost);
  return wait === null ? null : rateLimitedResponse(wait);
}
