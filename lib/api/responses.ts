import { z } from 'zod';
import { DATABASE_BUSY_MESSAGE } from '@/lib/errors';
import type {
  InvalidError,
  NotFoundError,
  TooLargeError,
  UnauthorizedError,
  UnavailableError,
} from '@/lib/api/response-schemas';

type Body<S extends z.ZodType> = z.infer<S>;

/** 400 with the fields at fault, as DESIGN.md's JSON error body. */
export function invalidResponse(fields: Partial<Record<string, string[]>>): Response {
  const named = Object.entries(fields).filter(
    (entry): entry is [string, string[]] => entry[1] !== undefined,
  );
  const body: Body<typeof InvalidError> = { error: 'invalid', fields: Object.fromEntries(named) };
  return Response.json(body, { status: 400 });
}

/** 400 naming each field a schema rejected, with the schema's messages. */
export function zodInvalidResponse(error: z.ZodError): Response {
  return invalidResponse(z.flattenError(error).fieldErrors);
}

export function notFoundResponse(): Response {
  const body: Body<typeof NotFoundError> = { error: 'not_found' };
  return Response.json(body, { status: 404 });
}

export function unauthorizedResponse(): Response {
  const body: Body<typeof UnauthorizedError> = { error: 'unauthorized' };
  return Response.json(body, { status: 401 });
}

export function tooLargeResponse(limitBytes: number): Response {
  const body: Body<typeof TooLargeError> = { error: 'too_large', limit_bytes: limitBytes };
  return Response.json(body, { status: 413 });
}

/** 503: the write failed as a whole and nothing was stored, so the client may try again. */
export function unavailableResponse(): Response {
  const body: Body<typeof UnavailableError> = { error: 'unavailable' };
  return Response.json(body, { status: 503 });
}

/**
 * 503: the write waited DATABASE_BUSY_TIMEOUT_MS for other writers and gave up; nothing was
 * written, so the client may send it again.
 */
export function databaseBusyResponse(): Response {
  const body = { error: 'database_busy', message: DATABASE_BUSY_MESSAGE, retry_after: 1 } as const;
  return Response.json(body, { status: 503, headers: { 'Retry-After': String(body.retry_after) } });
}

/** Parses a path id: only a positive whole number names a claim. */
export function parseId(raw: string): number | null {
  return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
}
