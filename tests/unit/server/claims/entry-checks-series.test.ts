import { beforeAll, describe, expect, test } from 'vitest';
import { enter, idOf, setUpEntryChecks, summary, women } from '@/tests/support/entry-checks';

beforeAll(setUpEntryChecks);

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
