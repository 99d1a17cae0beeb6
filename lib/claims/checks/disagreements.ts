import { formatDay, formatNumber, intervalInWords } from '@/lib/text/format';
import { figureInterval } from '@/lib/claims/rules/intervals';
import { figureKey } from './claim-key';
import type { CheckedClaim, Flag } from './claims';
import {
  type SweptFigure,
  agreeingGroups,
  disagreeingFigures,
  highEnd,
  lowEnd,
  sharedEnds,
} from './interval-sweep';
import { byEntryOrder, groupBy } from './order';
import { claimantLabel, figureInWords, metricLabel, namesInWords } from './wording';

/**
 * DESIGN.md's disagreement check: for one metric and as_of, figures from different claimants
 * (unattributed figures count as one claimant) whose intervals share no number, so they cannot
 * both be right. One flag per metric and day: its claim_ids are every figure of the day that
 * disagrees with another claimant's, in the order entered (`claimant` is the first one's); its
 * message groups them into figures that agree among themselves, lowest first, naming a few
 * claimants of each group and counting the rest. The figures are sorted, not compared pair by
 * pair: a day of n figures costs O(n log n), and its flag grows with n, not n².
 */
export function findDisagreements(claims: readonly CheckedClaim[]): Flag[] {
  return groupBy(claims, (c) => `${c.metric}|${c.as_of}`).flatMap((sameDay) => {
    const figures = sameDay.toSorted(byEntryOrder).map(sweptFigure);
    const isApart = disagreeingFigures(figures);
    const apart = figures.filter((_, i) => isApart[i]);
    if (apart.length === 0) return [];
    const groups = agreeingGroups(apart).map((group) => group.flatMap((i) => apart[i] ?? []));
    return [
      disagreementFlag(
        apart.map((figure) => figure.claim),
        groups,
      ),
    ];
  });
}

/** A claim's figure as the sweep reads it, with the claim. */
type Figure = SweptFigure & { claim: CheckedClaim };

function sweptFigure(claim: CheckedClaim): Figure {
  const interval = figureInterval(claim);
  return { low: lowEnd(interval), high: highEnd(interval), claimant: claim.claimant_slug, claim };
}

/** Figures that agree among themselves, in the order entered. */
type Group = Figure[];

// Past this many groups, the message names the lowest two and the highest and counts the rest.
const GROUPS_SHOWN = 4;

function disagreementFlag(apart: CheckedClaim[], groups: Group[]): Flag {
  const [first, second] = apart;
  if (!first || !second) throw new Error('A disagreement needs two figures');
  const day = `${metricLabel(first)} on ${formatDay(first.as_of)}`;
  const message =
    apart.length === 2
      ? `For ${day}, ${claimantLabel(first)} gave ${figureInWords(first)} and ` +
        `${claimantLabel(second)} gave ${figureInWords(second)}: ` +
        'the two figures cannot both be right.'
      : `For ${day}, ${formatNumber(apart.length)} figures from ` +
        `${sourcesInWords(new Set(apart.map((c) => c.claimant_slug)).size)} fall into ` +
        `${formatNumber(groups.length)} groups that cannot ${groups.length === 2 ? 'both' : 'all'} ` +
        `be right: ${groupsInWords(groups)}.`;
  return {
    check: 'disagreement',
    metric: first.metric,
    claimant: first.claimant_slug,
    claim_ids: apart.map((claim) => claim.id),
    dates: [first.as_of],
    message,
  };
}

const sourcesInWords = (n: number) => `${formatNumber(n)} source${n === 1 ? '' : 's'}`;

function groupsInWords(groups: Group[]): string {
  const highest = groups.at(-1);
  if (groups.length <= GROUPS_SHOWN || !highest) return groups.map(groupInWords).join('; ');
  const hidden = groups.length - (GROUPS_SHOWN - 1);
  return [
    ...groups.slice(0, GROUPS_SHOWN - 2).map(groupInWords),
    `${formatNumber(hidden)} more groups between them`,
    groupInWords(highest),
  ].join('; ');
}

/** "A and B gave figures that agree on 40,000", or "C gave about 45,000 (40,500 to 49,500)". */
function groupInWords(figures: Group): string {
  const claims = figures.map((figure) => figure.claim);
  const [first] = claims;
  if (!first) throw new Error('A group needs figures');
  const names = new Map(claims.map((claim) => [claim.claimant_slug, claimantLabel(claim)]));
  const who = namesInWords([...names.values()]);
  const key = figureKey(first);
  return claims.every((claim) => figureKey(claim) === key)
    ? `${who} gave ${figureInWords(first)}`
    : `${who} gave figures that agree on ${intervalInWords(sharedEnds(figures))}`;
}
