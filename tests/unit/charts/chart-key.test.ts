import { describe, expect, test } from 'vitest';
import type { Qualifier } from '@/db/enums';
import { cutsBars, keyReading } from '@/lib/charts/chart-key';
import { type ChartClaim, buildMetricSeries } from '@/lib/charts/metric-series';
import type { ValueAxis } from '@/lib/charts/value-axis';

let nextId = 1;
/** A claim as the chart reads it, its low and high what the claim would store. */
function claim(qualifier: Qualifier, value: number, low: number | null, high: number | null) {
  const row: ChartClaim = {
    id: nextId++,
    asOf: '2025-03-09',
    value,
    qualifier,
    low,
    high,
    claimantSlug: 'moh',
    claimantName: 'Ministry of Health',
    claimantKind: 'government',
    isFlagged: false,
  };
  return row;
}

const readingOf = (...claims: ChartClaim[]) => keyReading(buildMetricSeries(claims));

describe('keyReading', () => {
  test.each<[string, ChartClaim[], string | null]>([
    [
      'nothing to say when every figure means what its words say',
      [
        claim('exact', 100, 100, 100),
        claim('at_least', 120, 120, null),
        claim('more_than', 130, 130, null),
        claim('range', 100, 100, 150),
      ],
      null,
    ],
    [
      'only the hedges drawn are read out',
      [claim('exact', 100, 100, 100), claim('nearly', 150, 135, 150)],
      'Bars and ceilings are Tally’s reading: “nearly” is up to 10% below',
    ],
    [
      'several hedges in the order Tally lists qualifiers, each once',
      [
        claim('less_than', 50, 0, 50),
        claim('about', 200, 180, 220),
        claim('about', 210, 189, 231),
        claim('at_most', 70, 0, 70),
      ],
      'Bars and ceilings are Tally’s reading: “about” is within 10% either way; “up to” is ' +
        'anything from zero to the figure; “fewer than” is anything from zero to just under the ' +
        'figure',
    ],
    [
      'an "about" whose bounds an editor typed is the editor’s, not the convention',
      [claim('about', 200, 150, 260)],
      'Bars and ceilings are Tally’s reading: some bars are bounds an editor of Tally typed, ' +
        'not given in the quote',
    ],
  ])('%s', (_, claims, reading) => {
    expect(readingOf(...claims)).toBe(reading);
  });
});

const axis = (from: number, to: number): ValueAxis => ({
  domain: [from, to],
  ticks: [],
  startsAt: from === 0 ? null : from,
});

describe('cutsBars', () => {
  test.each<[string, ChartClaim, ValueAxis, boolean]>([
    [
      'an exact figure inside the axis',
      claim('exact', 48400, 48400, 48400),
      axis(48300, 48500),
      false,
    ],
    [
      '"about" reaching past the top',
      claim('about', 48400, 43560, 53240),
      axis(48300, 48500),
      true,
    ],
    [
      '"up to" runs from zero, below an axis from 48,300',
      claim('at_most', 48400, 0, 48400),
      axis(48300, 48500),
      true,
    ],
    ['"up to" on an axis from zero', claim('at_most', 48400, 0, 48400), axis(0, 60000), false],
    [
      '"at least" has no top to cut',
      claim('at_least', 48400, 48400, null),
      axis(48300, 48500),
      false,
    ],
    [
      'a range whose low end is below the axis',
      claim('range', 48200, 48200, 48450),
      axis(48300, 48500),
      true,
    ],
  ])('%s: %s', (_, row, valueAxis, isCut) => {
    expect(cutsBars(buildMetricSeries([row]), valueAxis)).toBe(isCut);
  });
});
