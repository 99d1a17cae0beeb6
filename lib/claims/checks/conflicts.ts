import { formatDay, formatNumber } from '@/lib/text/format';
import { figureKey, sharedMoments } from './claim-key';
import type { CheckedClaim, CheckedDocument, Flag } from './claims';
import { byEntryOrder } from './order';
import { claimantLabel, figureInWords, metricLabel, namesInWords } from './wording';

/**
 * Conflicts: one document giving two different figures from the same claimant for the same metric,
 * as_of and period. A figure that matches a stored claim is that claim appearing again, so two
 * claims in one document can only be two readings of what the claimant said there: one may be
 * mis-entered, or the document contradicts itself. Unattributed figures are left out (no one can
 * know they come from one claimant). One flag per claimant, metric, as_of and period: its
 * claim_ids are every claim that shares a document with a different figure of the same moment, in
 * the order entered, and its message names the first such document (of the earliest claim's) and
 * the figures. Claims without `documents` cannot conflict. Each claim's documents are read once,
 * so a document giving one claimant's figure 1,500 ways costs 1,500 steps, not a million pairs.
 */
export function findConflicts(claims: readonly CheckedClaim[]): Flag[] {
  return sharedMoments(claims).flatMap((sameMoment) => {
    const ordered = sameMoment.toSorted(byEntryOrder);
    const keys = new Map(ordered.map((claim) => [claim, figureKey(claim)]));
    // Each document the moment's claims appeared in: its claims, and whether their figures differ.
    type There = { document: CheckedDocument; claims: CheckedClaim[]; isMixed: boolean };
    const inDocument = new Map<number, There>();
    for (const claim of ordered) {
      for (const document of claim.documents ?? []) {
        const there = inDocument.get(document.id);
        if (!there) {
          inDocument.set(document.id, { document, claims: [claim], isMixed: false });
        } else if (there.claims.at(-1) !== claim) {
          // (A claim's documents are read together: it can only be the last one here.)
          there.isMixed ||= keys.get(claim) !== keys.get(there.claims[0] ?? claim);
          there.claims.push(claim);
        }
      }
    }
    const conflicting = new Set<CheckedClaim>();
    const documents: CheckedDocument[] = [];
    for (const { document, claims: there, isMixed } of inDocument.values()) {
      if (!isMixed) continue;
      documents.push(document);
      for (const claim of there) conflicting.add(claim);
    }
    if (conflicting.size === 0) return [];
    const involved = ordered.filter((claim) => conflicting.has(claim));
    return [conflictFlag(involved, keys, documents)];
  });
}

/**
 * The claims that could conflict, whatever their documents: those that share claimant, metric,
 * as_of and period with another. `check` reads every appearance of these only.
 */
export function mayConflict(claims: readonly CheckedClaim[]): CheckedClaim[] {
  return sharedMoments(claims).flat();
}

// Figures named in a conflict's message; the rest are counted.
const FIGURES_SHOWN = 3;

function conflictFlag(
  involved: CheckedClaim[],
  keys: Map<CheckedClaim, string>,
  documents: CheckedDocument[],
): Flag {
  const [a] = involved;
  const [document] = documents;
  if (!a || !document) throw new Error('A conflict needs figures in a document');
  const named = document.name ? `‘${document.name}’` : 'one document';
  const others = documents.length - 1;
  const where =
    others === 0
      ? named
      : `${named} and ${formatNumber(others)} other document${others === 1 ? '' : 's'}`;
  // Each figure once, as the claim entered first gave it.
  const seen = new Set<string | undefined>();
  const distinct = involved.filter((claim) => {
    const key = keys.get(claim);
    return !seen.has(key) && Boolean(seen.add(key));
  });
  const shown = distinct.slice(0, FIGURES_SHOWN).map((claim) => `as ${figureInWords(claim)}`);
  const rest = distinct.length - shown.length;
  const asFigures = namesInWords(
    rest > 0 ? [...shown, `as ${formatNumber(rest)} other figure${rest === 1 ? '' : 's'}`] : shown,
    FIGURES_SHOWN + 1,
  );
  const which =
    distinct.length === 2 ? 'one of the two' : `some of these ${formatNumber(distinct.length)}`;
  const contradicts =
    others === 0 ? 'the document contradicts itself' : 'the documents contradict themselves';
  return {
    check: 'conflict',
    metric: a.metric,
    claimant: a.claimant_slug,
    claim_ids: involved.map((claim) => claim.id),
    dates: [a.as_of],
    message:
      `In ${where}, ${claimantLabel(a)} gave ${metricLabel(a)} on ${formatDay(a.as_of)} ` +
      `${asFigures}: ${which} may be mis-entered, or ${contradicts}.`,
  };
}
