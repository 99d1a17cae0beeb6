import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { claims, metrics } from '@/db/schema';
import type { Flag } from '@/lib/claims/checks';
import { checkClaimAtEntry } from '@/lib/server/claims/entry-checks';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { seedIfEmpty } from '@/lib/server/seed';
import { createTestClaims, migrateTestDatabase } from '@/tests/support/test-database';
import { fullTableScans, queryPlan, recordStatements } from '@/tests/support/query-plan';

const MOH = 'Gaza Ministry of Health';
const GMO = 'Gaza Government Media Office';
const DATASET = 'https://data.techforpalestine.org/api/v2/casualties_daily.json';
const SYRIA_QUOTE =
  "The death toll from the violence in northwestern Syria has risen to over 1,000 people in just two days, including 745 civilians, who were killed mostly execution-style, 125 militants belonging to the country’s Hay'at Tahrir al-Sham [HTS]-led regime, and nearly 150 members of opposition groups, the so-called Syrian Observatory for Human Rights, a UK-based monitor said on Sunday.";

/** A raw claim keyed by the CSV columns, as gaza-first90.csv holds them, with a quote of its own. */
const raw = (metric: string, claimant: string, as_of: string, value: number, extra = {}) => ({
  topic: 'gaza-war',
  metric,
  metric_name: metric,
  metric_kind: 'cumulative',
  parent_metric: metric === 'gaza-killed' ? '' : 'gaza-killed',
  value: String(value),
  as_of,
  claimant,
  claimant_kind: claimant === MOH ? 'ministry' : 'government',
  url: DATASET,
  title: 'Daily casualties dataset',
  quote: `${value} reported`,
  ...extra,
});
const enter = (fields: Record<string, string | number>, replacingClaimId?: number) =>
  checkClaimAtEntry(
    ClaimInput.parse(
      raw(
        String(fields.metric),
        String(fields.claimant ?? MOH),
        String(fields.as_of),
        Number(fields.value),
        fields,
      ),
    ),
    { replacingClaimId },
  );
const summary = (flags: Flag[]) => flags.map((flag) => [flag.check, flag.claim_ids, flag.dates]);
const idOf = async (metric: string, value: number, asOf: string): Promise<number> => {
  const [row] = await db
    .select({ id: claims.id })
    .from(claims)
    .innerJoin(metrics, eq(metrics.id, claims.metricId))
    .where(and(eq(metrics.slug, metric), eq(claims.value, value), eq(claims.asOf, asOf)));
  if (!row) throw new Error(`no ${metric} claim of ${value} on ${asOf}`);
  return row.id;
};

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
  await createTestClaims([
    raw('gaza-killed-women', MOH, '2023-10-12', 276),
    raw('gaza-killed', GMO, '2023-10-17', 3000),
    raw('gaza-killed-children', GMO, '2023-10-17', 940),
    raw('gaza-killed-women', GMO, '2023-10-17', 1032),
    raw('gaza-killed', MOH, '2023-10-19', 3785),
    raw('gaza-killed-children', MOH, '2023-10-19', 1524),
    raw('gaza-killed-women', MOH, '2023-10-19', 1000),
    // Retracted, so no check may see it: it would hide the fall from 1,000 to 967.
    raw('gaza-killed-women', MOH, '2023-10-20', 500, { status: 'retracted' }),
    raw('gaza-killed-women', MOH, '2023-10-22', 1023),
    raw('gaza-killed', GMO, '2025-03-10', 10, { status: 'retracted' }),
  ]);
});

const women = { metric: 'gaza-killed-women' };

describe('checkClaimAtEntry: cumulative falls', () => {
  test("flags a figure below the claimant's previous one: women killed, 1,000 then 967", async () => {
    const flags = await enter({ ...women, as_of: '2023-10-21', value: 967 });
    expect(flags).toEqual([
      {
        check: 'cumulative_fall',
        metric: 'gaza-killed-women',
        claimant: 'gaza-ministry-of-health',
        claim_ids: [await idOf('gaza-killed-women', 1000, '2023-10-19'), 0],
        dates: ['2023-10-19', '2023-10-21'],
        message:
          'Gaza Ministry of Health gave gaza-killed-women as 1,000 on 19 Oct 2023, then 967 on 21 Oct 2023: a running total should not fall.',
      },
    ]);
  });

  test("flags the claimant's next figure falling below the entered one", async () => {
    const flags = await enter({ ...women, as_of: '2023-10-20', value: 1100 });
    const next = await idOf('gaza-killed-women', 1023, '2023-10-22');
    expect(summary(flags)).toEqual([['cumulative_fall', [0, next], ['2023-10-20', '2023-10-22']]]);
  });

  test('a hedged figure that still reaches the previous one is no fall', async () => {
    expect(await enter({ ...women, as_of: '2023-10-21', value: 950, qualifier: 'about' })).toEqual(
      [],
    );
  });

  test("another claimant's higher figure is no fall, and a new figure of a day follows that day's", async () => {
    // The Media Office's 1,032 on 17 Oct is not the ministry's; the ministry's 1,000 on 19 Oct is.
    const flags = await enter({ ...women, as_of: '2023-10-19', value: 990 });
    const sameDay = await idOf('gaza-killed-women', 1000, '2023-10-19');
    expect(summary(flags)).toEqual([
      ['cumulative_fall', [sameDay, 0], ['2023-10-19', '2023-10-19']],
    ]);
  });

  test('an edit is checked without the claim it replaces, under its own id', async () => {
    const edited = await idOf('gaza-killed-women', 1023, '2023-10-22');
    const before = await idOf('gaza-killed-women', 1000, '2023-10-19');
    expect(await enter({ ...women, as_of: '2023-10-22', value: 1050 }, edited)).toEqual([]);
    expect(summary(await enter({ ...women, as_of: '2023-10-22', value: 990 }, edited))).toEqual([
      ['cumulative_fall', [before, edited], ['2023-10-19', '2023-10-22']],
    ]);
    // As a new claim, the same figure falls below the stored 1,023 of its day.
    expect(summary(await enter({ ...women, as_of: '2023-10-22', value: 990 }))).toEqual([
      ['cumulative_fall', [edited, 0], ['2023-10-22', '2023-10-22']],
    ]);
  });

  test('the claimant is matched by name in any case', async () => {
    const flags = await enter({
      ...women,
      claimant: 'gaza MINISTRY of health',
      as_of: '2023-10-21',
      value: 967,
    });
    expect(flags.map((flag) => [flag.check, flag.claimant])).toEqual([
      ['cumulative_fall', 'gaza-ministry-of-health'],
    ]);
  });
});

describe('checkClaimAtEntry: disagreements', () => {
  const gaza = { metric: 'gaza-killed', as_of: '2025-03-10' };

  test("flags a figure outside the seed's unattributed at least 48,450 of the same day", async () => {
    const flags = await enter({ ...gaza, value: 40000 });
    const seed = await idOf('gaza-killed', 48450, '2025-03-10');
    expect(flags).toEqual([
      {
        check: 'disagreement',
        metric: 'gaza-killed',
        claimant: null,
        claim_ids: [seed, 0],
        dates: ['2025-03-10'],
        message:
          'For People killed on 10 Mar 2025, an unnamed source gave at least 48,450 and Gaza Ministry of Health gave 40,000: the two figures cannot both be right.',
      },
    ]);
  });

  test('a figure inside it agrees, and a retracted figure of the day is ignored', async () => {
    expect(await enter({ ...gaza, value: 50000 })).toEqual([]);
  });

  test('a new source is checked against the others, though it has no series yet', async () => {
    const flags = await enter({
      ...gaza,
      claimant: 'New Monitor',
      claimant_kind: 'ngo',
      value: 40000,
    });
    expect(flags.map((flag) => [flag.check, flag.claim_ids.includes(0)])).toEqual([
      ['disagreement', true],
    ]);
  });
  test('an edit is not compared with the claim it replaces', async () => {
    // Moving the Media Office's 3,000 of 17 Oct to the ministry at 1,500 leaves no 3,000 behind.
    const edited = await idOf('gaza-killed', 3000, '2023-10-17');
    expect(
      await enter({ metric: 'gaza-killed', as_of: '2023-10-17', value: 1500 }, edited),
    ).toEqual([]);
  });
});

describe('checkClaimAtEntry: parts and wholes', () => {
  const syria = {
    claimant: 'sohr',
    as_of: '2025-03-09',
    quote: SYRIA_QUOTE,
    title: 'Iran Condemns Deadly Violence in Syria Against Minority Groups, Urges End to Massacre',
  };

  test("the seed's partial breakdown, 745 + 125 + nearly 150 inside over 1,000, does not flag", async () => {
    expect(
      await enter({ ...syria, metric: 'syria-coast-killed', value: 1000, qualifier: 'more_than' }),
    ).toEqual([]);
    expect(
      await enter({
        ...syria,
        metric: 'syria-coast-opposition-killed',
        value: 150,
        qualifier: 'nearly',
      }),
    ).toEqual([]);
  });

  test("flags a whole below its parts' sum", async () => {
    const flags = await enter({
      ...syria,
      metric: 'syria-coast-killed',
      value: 1000,
      qualifier: 'nearly',
    });
    const parts = await Promise.all([
      idOf('syria-coast-civilians-killed', 745, '2025-03-09'),
      idOf('syria-coast-security-forces-killed', 125, '2025-03-09'),
      idOf('syria-coast-opposition-killed', 150, '2025-03-09'),
    ]);
    expect(flags.map((flag) => [flag.check, flag.metric, flag.claimant])).toEqual([
      ['parts_vs_whole', 'syria-coast-killed', 'sohr'],
    ]);
    expect(flags[0]?.claim_ids.toSorted((a, b) => a - b)).toEqual([0, ...parts]);
  });

  test('flags a part that would push the parts above the whole', async () => {
    // 2,900 children + 1,000 women > 3,785 killed, as the ministry reported on 19 Oct 2023.
    const flags = await enter({ metric: 'gaza-killed-children', as_of: '2023-10-19', value: 2900 });
    const whole = await idOf('gaza-killed', 3785, '2023-10-19');
    const women = await idOf('gaza-killed-women', 1000, '2023-10-19');
    expect(flags.map((flag) => [flag.check, flag.metric])).toEqual([
      ['parts_vs_whole', 'gaza-killed'],
    ]);
    expect(flags[0]?.claim_ids.toSorted((a, b) => a - b)).toEqual([0, whole, women]);
  });

  test('children plus women within all killed do not flag: a partial breakdown', async () => {
    expect(
      await enter({ metric: 'gaza-killed-children', as_of: '2023-10-19', value: 1524 }),
    ).toEqual([]);
    expect(
      await enter({ metric: 'gaza-killed', claimant: GMO, as_of: '2023-10-17', value: 3000 }),
    ).toEqual([]);
  });

  test("another claimant's parts are not summed with this one's whole", async () => {
    // The Media Office's 940 + 1,032 on 17 Oct would not fit a ministry total of 1,500; only the
    // Media Office's own total of that day disagrees with it.
    const flags = await enter({ metric: 'gaza-killed', as_of: '2023-10-17', value: 1500 });
    expect(flags.map((flag) => flag.check)).toEqual(['disagreement']);
  });
});

describe('checkClaimAtEntry: quotes', () => {
  test('flags a quote without the number, or no quote', async () => {
    const [notInQuote] = await enter({
      ...women,
      as_of: '2023-10-23',
      value: 1119,
      quote: '1,100 women',
    });
    expect(notInQuote).toMatchObject({
      check: 'number_not_in_quote',
      claim_ids: [0],
      dates: ['2023-10-23'],
    });
    const [noQuote] = await enter({ ...women, as_of: '2023-10-23', value: 1119, quote: '' });
    expect(noQuote).toMatchObject({ check: 'no_quote', claim_ids: [0] });
  });

  test('a retracted entry contradicts nothing: only its quote is checked', async () => {
    const fields = { ...women, as_of: '2023-10-21', value: 967, status: 'retracted' };
    expect(await enter(fields)).toEqual([]);
  });

  test('a new metric has nothing to contradict: only its quote is checked', async () => {
    const fields = { metric: 'gaza-killed-journalists', as_of: '2025-03-10', value: 1 };
    expect(await enter({ ...fields, quote: 'one journalist' })).toEqual([]);
    expect((await enter({ ...fields, quote: 'journalists' })).map((flag) => flag.check)).toEqual([
      'number_not_in_quote',
    ]);
  });
});

describe('checkClaimAtEntry: queries', () => {
  test.each([
    ["a named claimant's part of a whole", { metric: 'gaza-killed-children', as_of: '2023-10-19' }],
    [
      'an unattributed whole',
      { metric: 'gaza-killed', as_of: '2025-03-10', attribution: 'unattributed', claimant: '' },
    ],
  ])(
    '%s: a fixed number of queries, each seeking the indexes made for it',
    async (_name, fields) => {
      const statements = await recordStatements(() => enter({ ...fields, value: 2900 }));
      expect(statements.length).toBeLessThanOrEqual(6);
      const plans = await Promise.all(statements.map(queryPlan));
      expect(plans.flatMap(fullTableScans)).toEqual([]);
      const used = plans.flat().join('\n');
      for (const index of [
        'claims_metric_claimant_asof_idx',
        'claims_metric_status_asof_idx',
        'metrics_parent_idx',
      ]) {
        expect(used).toContain(index);
      }
      // The claimant's neighbours are sought in its own series, not among every figure of the metric.
      expect(used).toContain(
        'claims_metric_claimant_asof_idx (metric_id=? AND claimant_id=? AND as_of<?)',
      );
      expect(used).toContain(
        'claims_metric_claimant_asof_idx (metric_id=? AND claimant_id=? AND as_of>?)',
      );
      // Every claim of a claimant, or of a metric, is more than an entry check should read.
      expect(used).not.toContain('claims_claimant_idx');
      expect(used).not.toMatch(/claims_metric_status_asof_idx \(metric_id=\?\)/);
    },
  );
});
