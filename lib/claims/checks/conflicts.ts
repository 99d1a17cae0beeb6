import { formatDay } from '@/lib/text/format';
import { figureKey, sharedMoments } from './claim-key';
import type { CheckedClaim, CheckedDocument, Flag } from './claims';
import { byEntryOrder } from './order';
import { claimantLabel, figureInWords, metricLabel } from './wording';

/**
 * Conflicts: one document giving two different figures from the same claimant for the same metric,
 * as_of and period. A figure that matches a stored claim is that claim appearing again, so two
 * claims in one document can only be two readings of what the claimant said there: one may be
 * mis-entered, or the document contradicts itself. Unattributed figures are left out (no one can
 * know they come from one claimant). One flag per pair, the earlier-entered claim first, naming
 * the first document they share. Claims without `documents` cannot conflict.
 */
export function findConflicts(claims: readonly CheckedClaim[]): Flag[] {
  return sharedMoments(claims).flatMap((sameMoment) => {
    const ordered = sameMoment.toSorted(byEntryOrder);
    return ordered.flatMap((a, i) =>
      ordered.slice(i + 1).flatMap((b) => {
        const shared = figureKey(a) === figureKey(b) ? undefined : sharedDocument(a, b);
        return shared ? [conflictFlag(a, b, shared)] : [];
      }),
    );
  });
}

/**
 * The claims that could conflict, whatever their documents: those that share claimant, metric,
 * as_of and period with another. `check` reads every appearance of these only.
 */
export function mayConflict(claims: readonly CheckedClaim[]): CheckedClaim[] {
  return sharedMoments(claims).flat();
}

function sharedDocument(a: CheckedClaim, b: CheckedClaim): CheckedDocument | undefined {
  const inB = new Set(b.documents?.map((document) => document.id));
  return a.documents?.find((document) => inB.has(document.id));
}

function conflictFlag(a: CheckedClaim, b: CheckedClaim, document: CheckedDocument): Flag {
  const where = document.name ? `‘${document.name}’` : 'one document';
  return {
    check: 'conflict',
    metric: a.metric,
    claimant: a.claimant_slug,
    claim_ids: [a.id, b.id],
    dates: [a.as_of],
    message:
      `In ${where}, ${claimantLabel(a)} gave ${metricLabel(a)} on ${formatDay(a.as_of)} as ` +
      `${figureInWords(a)} and as ${figureInWords(b)}: one of the two may be mis-entered, or ` +
      'the document contradicts itself.',
  };
}
