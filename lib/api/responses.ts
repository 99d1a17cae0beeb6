import { z } from 'zod';
import type { FieldErrors } from '@/lib/claims/input/claim-input';

/** 400 with the fields at fault, as DESIGN.md's JSON error body. */
export function invalidResponse(fields: FieldErrors): Response {
  return Response.json({ error: 'invalid', fields }, { status: 400 });
}

export function zodInvalidResponse(error: z.ZodError): Response {
  return invalidResponse(z.flattenError(error).fieldErrors as FieldErrors);
}

export function notFoundResponse(): Response {
  return Response.json({ error: 'not_found' }, { status: 404 });
}

/** Parses a path id: only a positive whole number names a claim. */
export function parseId(raw: string): number | null {
  return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
}
