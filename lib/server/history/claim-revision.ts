import 'server-only';
import { z } from 'zod';
import type { claimRevisions } from '@/db/schema';
import { ClaimRevisionJson } from '@/lib/api/response-schemas';

/**
 * A stored claim revision as the API and the claim page show it. Its snapshot and warnings are
 * JSON written by earlier versions too, so they are parsed, not cast: a field that predates
 * today's columns may be missing, and anything else that does not fit is an error naming the row.
 */
export function claimRevisionFromRow(row: typeof claimRevisions.$inferSelect): ClaimRevisionJson {
  const parsed = ClaimRevisionJson.safeParse({
    action: row.action,
    created_at: row.createdAt.toISOString(),
    editor_id: row.editorId,
    reason: row.reason,
    warnings: row.warnings ?? [],
    snapshot: row.snapshot,
  });
  if (parsed.success) return parsed.data;
  throw new Error(
    `claim_revisions row ${row.id} does not hold a claim revision: ${z.prettifyError(parsed.error)}`,
  );
}
