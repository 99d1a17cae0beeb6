import type { ClaimJson } from '@/lib/api/response-schemas';

/**
 * A stored claim as the outside world sees it: the CSV columns (names, not ids; null for blanks)
 * plus its id and its claimant's slug. The API's ClaimJson schema defines it, so pages, exports,
 * snapshots and the API cannot disagree on its shape; lib/server/claims/rows.ts builds it.
 */
export type ClaimRow = ClaimJson;
