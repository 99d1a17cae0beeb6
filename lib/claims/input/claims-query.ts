import { z } from 'zod';

const blankToUndefined = (v: unknown): unknown => (v === '' || v === null ? undefined : v);

const Cursor = z.string().transform((text, ctx) => {
  try {
    const [asOf, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (typeof asOf === 'string' && Number.isSafeInteger(id)) return { asOf, id: Number(id) };
  } catch {
    // fall through to the issue below
  }
  ctx.addIssue({ code: 'custom', message: 'Use the next_cursor of a previous page' });
  return z.NEVER;
});

/** The query of GET /api/metrics/[slug]/claims (DESIGN.md). */
export const ClaimsQuery = z.object({
  from: z.preprocess(blankToUndefined, z.iso.date({ error: 'Use YYYY-MM-DD' }).optional()),
  to: z.preprocess(blankToUndefined, z.iso.date({ error: 'Use YYYY-MM-DD' }).optional()),
  claimant: z.preprocess(blankToUndefined, z.string().max(200).optional()),
  limit: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d+$/, 'Use a whole number from 1 to 10000')
      .transform(Number)
      .pipe(z.number().min(1, 'Use 1 to 10000').max(10000, 'Use 1 to 10000'))
      .default(1000),
  ),
  cursor: z.preprocess(blankToUndefined, Cursor.optional()),
});
export type ClaimsQuery = z.infer<typeof ClaimsQuery>;

/** URLSearchParams as a plain object; a repeated key keeps its first value. */
export function searchParamsObject(params: URLSearchParams): Record<string, string> {
  const object: Record<string, string> = {};
  for (const [key, value] of params) object[key] ??= value;
  return object;
}
