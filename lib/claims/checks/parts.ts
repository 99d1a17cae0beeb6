import { formatDay, intervalInWords } from '@/lib/text/format';
import {
  type Interval,
  figureInterval,
  intervalsOverlap,
  isEntirelyBelow,
  sumIntervals,
} from '@/lib/claims/rules/intervals';
import type { CheckedClaim, CheckedMetric, Flag } from './claims';
import { groupBy, isEnteredAfter } from './order';
import { claimantLabel, figureInWords, metricLabel, namesInWords } from './wording';

export type PartsVerdict = {
  /** Whether the parts fit the whole under DESIGN.md's rule. */
  fits: boolean;
  /** 'complete' when the metric's parts are exhaustive (parts_complete), else 'partial'. */
  breakdown: 'partial' | 'complete';
  partsSum: Interval;
};

/**
 * DESIGN.md's parts-vs-whole rule, for one claimant and date: the parts' lower bounds must not sum
 * above the whole's upper bound; when the parts are complete, the interval of their sum must also
 * overlap the whole's interval. "745 + 125 + nearly 150" sums to [1005, 1020), which fits
 * "over 1,000" either way.
 */
export function checkPartsAgainstWhole(
  whole: Interval,
  parts: readonly Interval[],
  isComplete: boolean,
): PartsVerdict {
  const partsSum = sumIntervals(parts);
  // A partial breakdown only says the whole is at least the parts' sum.
  const atLeastParts: Interval = { ...partsSum, high: null, isHighOpen: true };
  const fits = intervalsOverlap(whole, isComplete ? partsSum : atLeastParts);
  return { fits, breakdown: isComplete ? 'complete' : 'partial', partsSum };
}

/**
 * DESIGN.md's parts-vs-whole check over claims: for each claimant and date, each figure of a whole
 * against the figures of its part metrics (the metrics whose parent it is). Of several figures
 * for one part, the one entered last stands, as in the breakdown chart. One flag per claimant,
 * date and whole metric, naming every figure of the whole that the parts do not fit, then the
 * parts. Each claim is read once: the parts are gathered by their whole before any whole is judged.
 */
export function findPartsOverWhole(
  claims: readonly CheckedClaim[],
  metrics: readonly CheckedMetric[],
): Flag[] {
  const parentOf = new Map(metrics.map((m) => [m.slug, m.parent]));
  const isComplete = new Map(metrics.map((m) => [m.slug, m.parts_complete]));
  const sameSource = groupBy(claims, (c) => `${c.claimant_slug ?? ''}|${c.as_of}`);
  return sameSource.flatMap((group) => {
    const partsOf = latestPartsByWhole(group, parentOf);
    const failing = new Map<string, { wholes: JudgedWhole[]; parts: CheckedClaim[] }>();
    for (const whole of group) {
      const parts = partsOf.get(whole.metric);
      if (!parts) continue;
      const verdict = checkPartsAgainstWhole(
        figureInterval(whole),
        parts.map(figureInterval),
        isComplete.get(whole.metric) ?? false,
      );
      if (verdict.fits) continue;
      const known = failing.get(whole.metric);
      if (known) known.wholes.push({ whole, verdict });
      else failing.set(whole.metric, { wholes: [{ whole, verdict }], parts });
    }
    return [...failing.values()].map(({ wholes, parts }) => partsFlag(wholes, parts));
  });
}

/** For each whole, the latest figure of each of its parts, parts in the order first seen. */
function latestPartsByWhole(
  claims: readonly CheckedClaim[],
  parentOf: ReadonlyMap<string, string | null>,
): Map<string, CheckedClaim[]> {
  const latest = new Map<string, Map<string, CheckedClaim>>();
  for (const claim of claims) {
    const parent = parentOf.get(claim.metric);
    if (!parent) continue;
    const parts = latest.get(parent) ?? new Map<string, CheckedClaim>();
    latest.set(parent, parts);
    const known = parts.get(claim.metric);
    if (!known || isEnteredAfter(claim, known)) parts.set(claim.metric, claim);
  }
  return new Map([...latest].map(([whole, parts]) => [whole, [...parts.values()]]));
}

// Figures of one whole named in a parts flag; the rest are counted.
const WHOLES_SHOWN = 3;

type JudgedWhole = { whole: CheckedClaim; verdict: PartsVerdict };

function partsFlag(wholes: JudgedWhole[], parts: CheckedClaim[]): Flag {
  const [first] = wholes;
  if (!first) throw new Error('A parts flag needs a whole');
  const { whole, verdict } = first;
  const listed = parts.map((p) => `${metricLabel(p)} ${figureInWords(p)}`).join(', ');
  const isAbove = ({ whole: w, verdict: v }: JudgedWhole) =>
    isEntirelyBelow(figureInterval(w), v.partsSum);
  const above = wholes.filter(isAbove).map((w) => w.whole);
  const short = wholes.filter((w) => !isAbove(w)).map((w) => w.whole);
  const problem =
    wholes.length === 1
      ? above.length === 1
        ? `more than the whole, ${figureInWords(whole)}, allows`
        : `short of the whole, ${figureInWords(whole)}, though the breakdown is meant to be complete`
      : [
          above.length > 0 &&
            `more than its figures for the whole allow (${figuresInWords(above)})`,
          short.length > 0 &&
            `short of its figures for the whole (${figuresInWords(short)}), though the ` +
              'breakdown is meant to be complete',
        ]
          .filter(Boolean)
          .join('; and ');
  return {
    check: 'parts_vs_whole',
    metric: whole.metric,
    claimant: whole.claimant_slug,
    claim_ids: [...wholes.map((w) => w.whole.id), ...parts.map((p) => p.id)],
    dates: [whole.as_of],
    message:
      `On ${formatDay(whole.as_of)}, ${claimantLabel(whole)} gave parts of ` +
      `${metricLabel(whole)} (${listed}) that add up to ${intervalInWords(verdict.partsSum)}: ` +
      `${problem}.`,
  };
}

const figuresInWords = (claims: CheckedClaim[]) =>
  namesInWords(claims.map(figureInWords), WHOLES_SHOWN);
