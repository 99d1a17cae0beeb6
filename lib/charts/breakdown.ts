import { type PartsVerdict, checkPartsAgainstWhole } from '@/lib/claims/checks';
import { type Interval, figureInterval } from '@/lib/claims/rules/intervals';
import type { ChartClaim } from './metric-series';

export type BreakdownFigure = { claimId: number; name: string; value: number; interval: Interval };

/** One claimant's whole and its parts on one date, with the verdict of the parts-vs-whole rule. */
export type Breakdown = {
  claimant: string;
  asOf: string;
  whole: BreakdownFigure;
  parts: BreakdownFigure[];
  verdict: PartsVerdict;
};

const keyOf = (claim: ChartClaim) => `${claim.claimantSlug ?? ''}|${claim.asOf}`;
const figureOf = (claim: ChartClaim, name: string): BreakdownFigure => ({
  claimId: claim.id,
  name,
  value: claim.value,
  interval: figureInterval(claim),
});

/**
 * Pairs each figure of a whole with the figures its parts got from the same claimant on the same
 * date, and judges each pairing by DESIGN.md's rule. Claims come in as_of order, so a later claim
 * of the same part and day replaces an earlier one.
 */
export function buildBreakdowns(
  wholeClaims: readonly ChartClaim[],
  partClaims: readonly (ChartClaim & { partName: string })[],
  isComplete: boolean,
): Breakdown[] {
  const partsByKey = new Map<string, Map<string, BreakdownFigure>>();
  for (const claim of partClaims) {
    const parts = partsByKey.get(keyOf(claim)) ?? new Map<string, BreakdownFigure>();
    parts.set(claim.partName, figureOf(claim, claim.partName));
    partsByKey.set(keyOf(claim), parts);
  }
  return wholeClaims.flatMap((claim) => {
    const parts = partsByKey.get(keyOf(claim));
    if (!parts) return [];
    const whole = figureOf(claim, 'Total');
    const partList = [...parts.values()];
    const verdict = checkPartsAgainstWhole(
      whole.interval,
      partList.map((p) => p.interval),
      isComplete,
    );
    return [
      {
        claimant: claim.claimantName ?? 'no source named',
        asOf: claim.asOf,
        whole,
        parts: partList,
        verdict,
      },
    ];
  });
}
