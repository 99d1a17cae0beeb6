import { z } from 'zod';
import { EnvError } from './errors';
import { blankToUndefined } from './text/input-text';

// The one place that reads process.env: every variable is validated here, once, at start.
const DATABASE_URL_SCHEMES = /^(file|libsql|https?|wss?):/;

const Env = z
  .object({
    DATABASE_URL: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(DATABASE_URL_SCHEMES, 'must start with file:, libsql://, http(s):// or ws(s)://')
        .default('file:data/tally.db'),
    ),
    DATABASE_AUTH_TOKEN: z.preprocess(blankToUndefined, z.string().optional()),
    DATABASE_SYNC_URL: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^(libsql|https?|wss?):/, 'must be the libsql:// or http(s):// URL of the primary')
        .optional(),
    ),
    // Seconds between two syncs of an embedded replica (with DATABASE_SYNC_URL); it also syncs at
    // start and after each of its own writes. 0 leaves only those.
    DATABASE_SYNC_INTERVAL: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: 'must be a number of seconds' })
        .min(0, 'must be 0 or more seconds')
        .max(86_400, 'must be at most 86400 seconds (a day)')
        .default(5),
    ),
    // A file to append every SQL statement to, one JSON line each: the query-plan test reads it.
    TALLY_QUERY_LOG: z.preprocess(blankToUndefined, z.string().optional()),
    // The origin the app is reached at (https://tally.example.org): absolute links and the origin
    // cookie-authenticated writes must come from. Unset, the request's own host is used.
    PUBLIC_URL: z.preprocess(
      blankToUndefined,
      z
        .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
        .transform((url) => new URL(url).origin)
        .optional(),
    ),
    // How many reverse proxies in front of the app to believe: their X-Forwarded-For and
    // X-Forwarded-Proto count only when this is 1 or more (1 = one proxy, the usual setup).
    TRUST_PROXY: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: 'must be 0, 1 or the number of proxies in front of the app' })
        .int('must be a whole number of proxies')
        .min(0, 'must be 0 or more')
        .max(10, 'must be at most 10 proxies')
        .default(0),
    ),
    // How long a write waits for another writer's lock before giving up (CLI exit 2, app 503).
    DATABASE_BUSY_TIMEOUT_MS: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: 'must be a number of milliseconds' })
        .int('must be a whole number of milliseconds')
        .min(0, 'must be 0 or more milliseconds')
        .max(3_600_000, 'must be at most 3600000 milliseconds (an hour)')
        .default(30_000),
    ),
    PORT: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: 'must be a port number' })
        .int('must be a whole number')
        .min(1, 'must be 1–65535')
        .max(65535, 'must be 1–65535')
        .default(3000),
    ),
  })
  .refine((env) => !env.DATABASE_SYNC_URL || env.DATABASE_URL.startsWith('file:'), {
    path: ['DATABASE_SYNC_URL'],
    error: 'needs a file: DATABASE_URL, the local copy of the primary it syncs with',
  });
export type Env = z.infer<typeof Env>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = Env.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
  throw new EnvError(`Invalid environment: ${problems.join('; ')}`);
}

export const env: Env = parseEnv(process.env);
