import 'server-only';
import type { claims } from '@/db/schema';
import type { ClaimInput } from '@/lib/claims/input/claim-input';
import { figureInterval } from '@/lib/claims/rules/intervals';
import type { ReferenceResolver } from '@/lib/server/claims/references';

type ClaimRecord = typeof claims.$inferSelect;

/**
 * The columns a claim input sets. Not its status, which has its own path (retractClaim), nor who
 * entered it and when, which never change.
 */
export const CLAIM_INPUT_COLUMNS = [
  'metricId',
  'value',
  'qualifier',
  'low',
  'high',
  'hasExplicitBounds',
  'asOf',
  'periodStart',
  'periodEnd',
  'claimantId',
  'viaId',
  'attribution',
  'statedOn',
  'documentId',
  'quote',
  'notes',
] as const satisfies readonly (keyof ClaimRecord)[];

export type ClaimColumns = Pick<ClaimRecord, (typeof CLAIM_INPUT_COLUMNS)[number]>;

/**
 * The columns a claim input means, as create writes them and edit compares and writes them. Its
 * names are resolved to rows (found or created) in one order, metric, claimant, relay, document,
 * so the same input fails on the same field at every door. The stored low/high are the interval
 * its qualifier and bounds mean. Blanks are null: Drizzle skips a key set to undefined, so an
 * edit that clears a field must send null.
 */
export async function claimColumns(
  resolver: ReferenceResolver,
  input: ClaimInput,
): Promise<ClaimColumns> {
  const metricId = await resolver.metricId(input);
  const claimantId = await resolver.claimantId(input);
  const viaId = await resolver.viaId(input);
  const documentId = await resolver.documentId(input);
  const interval = figureInterval(input);
  return {
    metricId,
    value: input.value,
    qualifier: input.qualifier,
    low: interval.low,
    high: interval.high,
    hasExplicitBounds: input.low !== undefined || input.high !== undefined,
    asOf: input.as_of,
    periodStart: input.period_start ?? null,
    periodEnd: input.period_end ?? null,
    claimantId,
    viaId,
    attribution: input.attribution,
    statedOn: input.stated_on ?? null,
    documentId,
    quote: input.quote ?? null,
    notes: input.notes ?? null,
  };
}
