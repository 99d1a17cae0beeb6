import { z } from 'zod';

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

/** The query of GET /api/metrics/[slug]/claims (DESIGN.md), read with parseUrlQuery. */
export const ClaimsQuery = z.object({
  from: z.iso.date({ error: 'Use YYYY-MM-DD' }).optional(),
  to: z.iso.date({ error: 'Use YYYY-MM-DD' }).optional(),
  claimant: z.string().max(200).optional(),
  limit: z
    .string()
    .regex(/^\d+$/, 'Use a whole number from 1 to 10000')
    .transform(Number)
    .pipe(z.number().min(1, 'Use 1 to 10000').max(10000, 'Use 1 to 10000'))
    .default(1000),
  cursor: Cursor.optional(),
});
export type ClaimsQuery = z.infer<typeof ClaimsQuery>;
