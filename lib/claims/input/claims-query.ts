import { z } from 'zod';

// A page cursor is the [as_of, id] of the last claim of the page before, as JSON in base64url:
// pages are ordered by as_of, then id.

/** The cursor of the page after the one ending with this claim. */
export function encodeCursor(asOf: string, id: number): string {
  return Buffer.from(JSON.stringify([asOf, id])).toString('base64url');
}

const CursorFields = z.tuple([z.iso.date(), z.int()]);

/** The cursor's JSON, or null when it is not JSON at all; a client may send anything. */
function cursorJson(text: string): unknown {
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

const Cursor = z.string().transform((text, ctx) => {
  const fields = CursorFields.safeParse(cursorJson(text));
  if (fields.success) {
    const [asOf, id] = fields.data;
    return { asOf, id };
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
