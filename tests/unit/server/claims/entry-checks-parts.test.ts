import { beforeAll, describe, expect, test } from 'vitest';
import { GMO, SYRIA_QUOTE, enter, idOf, setUpEntryChecks } from '@/tests/support/entry-checks';

beforeAll(setUpEntryChecks);

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
