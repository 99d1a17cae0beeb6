import 'server-only';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import type { StoredMatch } from '@/lib/claims/stored-match';
import { draftCount, draftRawInput } from '@/lib/extract/draft-form';
import { matchStoredClaim } from '@/lib/server/claims/stored-claims';

/**
 * For every draft of a posted /editor/extract form, ticked or not, the stored claim it is (and
 * whether that claim already appears in this document), or null: also for a draft that does not
 * parse yet, such as one with no metric chosen.
 */
export async function matchDrafts(values: Record<string, string>): Promise<(StoredMatch | null)[]> {
  const matches: (StoredMatch | null)[] = [];
  for (let index = 0; index < draftCount(values); index++) {
    const parsed = ClaimInput.safeParse(draftRawInput(values, index));
    matches.push(parsed.success ? await matchStoredClaim(parsed.data) : null);
  }
  return matches;
}
