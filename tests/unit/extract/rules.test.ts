// One rule per line: a sentence or two, and the draft it must give (or that it gives none).
import { describe, expect, test } from 'vitest';
import { extractDrafts } from '@/lib/extract/extract';
import type { Draft } from '@/lib/extract/types';

const PUBLISHED = '2025-03-10'; // a Monday
const only = (text: string, publisher?: string): Draft[] =>
  extractDrafts(text, { published: PUBLISHED, publisher }).drafts;

describe('reading numbers', () => {
  const cases: [string, number][] = [
    ['The attack killed 48,450 people, officials said.', 48450],
    ['Nearly two hundred people were killed, officials said.', 200],
    ['Some 1.2 million people have been displaced, the agency said.', 1200000],
    ['A dozen soldiers were killed, the army said.', 12],
    ['Twenty-five civilians were wounded, the governor said.', 25],
    ['One hundred and fifty people died, the ministry said.', 150],
    ['Two dozen fishermen are missing, the coast guard said.', 24],
    ['Half a million people have fled, the agency said.', 500000],
    ['At least 3 million people were displaced, the agency said.', 3000000],
    ['The flooding killed 1,045.5 people, officials said.', 1045.5],
  ];
  test.each(cases)('%s → %d', (text, value) => {
    expect(only(text).map((d) => d.value)).toEqual([value]);
  });
});

describe('qualifiers from the words before the number (DESIGN.md)', () => {
  const cases: [string, Draft['qualifier']][] = [
    ['At least 45 people were killed, the ministry said.', 'at_least'],
    ['No fewer than 45 people were killed, the ministry said.', 'at_least'],
    ['Over 45 people were killed, the ministry said.', 'more_than'],
    ['The toll rose to more than 45 people, the ministry said.', 'more_than'],
    ['In excess of 45 people were killed, the ministry said.', 'more_than'],
    ['About 45 people were killed, the ministry said.', 'about'],
    ['Around 45 people were killed, the ministry said.', 'about'],
    ['An estimated 45 people were killed, the ministry said.', 'about'],
    ['Nearly 45 people were killed, the ministry said.', 'nearly'],
    ['Almost 45 people were killed, the ministry said.', 'nearly'],
    ['Just under 45 people were killed, the ministry said.', 'nearly'],
    ['Up to 45 people were killed, the ministry said.', 'at_most'],
    ['As many as 45 people were killed, the ministry said.', 'at_most'],
    ['Fewer than 45 people were killed, the ministry said.', 'less_than'],
    ['Less than 45 people were killed, the ministry said.', 'less_than'],
    ['45 people were killed, the ministry said.', 'exact'],
    ['45 or more people were killed, the ministry said.', 'at_least'],
  ];
  test.each(cases)('%s → %s', (text, qualifier) => {
    expect(only(text)).toMatchObject([{ value: 45, qualifier }]);
  });

  test('reads "between X and Y", "X to Y" and "X-Y" as ranges', () => {
    expect(only('Between 10 and 20 people were killed, police said.')).toMatchObject([
      { value: 10, qualifier: 'range', low: 10, high: 20 },
    ]);
    expect(only('Police said 10 to 20 people were killed.')).toMatchObject([
      { value: 10, qualifier: 'range', low: 10, high: 20 },
    ]);
    expect(only('Police said 10–20 people were killed.')).toMatchObject([
      { value: 10, qualifier: 'range', low: 10, high: 20 },
    ]);
  });

  test('reads a rise "from X to Y" as two figures, the first flagged as the earlier one', () => {
    expect(only('The toll rose from 40 to 45 people, the ministry said.')).toMatchObject([
      { value: 40, flags: ['earlier_figure'] },
      { value: 45, flags: [] },
    ]);
  });
});

describe('what is counted and what happened to them', () => {
  const cases: [string, string, Draft['outcome']][] = [
    ['Police said 12 soldiers were killed.', 'soldiers', 'killed'],
    ['Police said 12 children were wounded.', 'children', 'injured'],
    ['Police said 12 fishermen are missing.', 'fishermen', 'missing'],
    ['Police said 12 families were displaced.', 'families', 'displaced'],
    ['Police said 12 protesters were arrested.', 'protesters', 'detained'],
    ['Police said 12 journalists were detained.', 'journalists', 'detained'],
    ['The storm killed 12, police said.', 'people', 'killed'],
    ['Police said the death toll stood at 12.', 'people', 'killed'],
    ['Police said 12 aid workers were killed.', 'aid workers', 'killed'],
    ['Police said the fighting left 12 dead.', 'people', 'killed'],
    ['Police counted 12 deaths.', 'people', 'killed'],
    ['Police said 12 people are trapped in the rubble.', 'people', 'other'],
  ];
  test.each(cases)('%s → %s, %s', (text, counted, outcome) => {
    expect(only(text)).toMatchObject([{ value: 12, counted, outcome }]);
  });
});

describe('claimants', () => {
  const cases: [string, string | null, Draft['attribution']][] = [
    [
      '45 people were killed, according to the Ministry of Health.',
      'Ministry of Health',
      'reported',
    ],
    [
      'According to figures from the World Health Organization, 45 people died.',
      'World Health Organization',
      'reported',
    ],
    ['The Israeli military said 45 militants were killed.', 'Israeli military', 'reported'],
    ['45 people were killed, said the interior ministry.', 'interior ministry', 'reported'],
    [
      '45 people were killed, Ahmed Nasser, a spokesman for the Civil Defence, said.',
      'Civil Defence',
      'reported',
    ],
    ['UNICEF reported that 45 children were killed.', 'UNICEF', 'reported'],
    ['45 people were killed in the strike.', null, 'unattributed'],
    ['Amid reports that 45 people were killed, the talks were suspended.', null, 'unattributed'],
  ];
  test.each(cases)('%s → %s', (text, claimant, attribution) => {
    expect(only(text)).toMatchObject([{ value: 45, claimant, attribution }]);
  });

  test('the text’s own publisher states what no one else is said to', () => {
    expect(only('We recorded 45 deaths this week.', 'Airwars')).toMatchObject([
      { claimant: 'Airwars', attribution: 'direct' },
    ]);
  });

  test('a letterhead names the author', () => {
    const text =
      'Ministry of Interior\n\nPress release\n\nPolice recovered the bodies of 45 people.';
    expect(extractDrafts(text, {}).drafts).toMatchObject([
      { value: 45, claimant: 'Ministry of Interior', attribution: 'direct' },
    ]);
  });

  test('"X told an agency" relays through the agency', () => {
    expect(only('Officials told AFP that 45 people were killed.')).toMatchObject([
      { claimant: 'Officials', via: 'AFP' },
    ]);
  });
});

describe('dates against a publication on Monday 10 March 2025', () => {
  const cases: [string, Partial<Draft>][] = [
    [
      'The ministry said on Sunday that 45 people were killed.',
      { stated_on: '2025-03-09', as_of: '2025-03-09' },
    ],
    [
      'The ministry said yesterday that 45 people were killed.',
      { stated_on: '2025-03-09', as_of: '2025-03-09' },
    ],
    [
      '45 people were killed on Thursday, the ministry said.',
      { as_of: '2025-03-06', stated_on: '2025-03-10' },
    ],
    ['As of 7 March, 45 people had been killed, the ministry said.', { as_of: '2025-03-07' }],
    [
      'Between 1 and 7 March, 45 people were killed, the ministry said.',
      { period_start: '2025-03-01', period_end: '2025-03-07', as_of: '2025-03-07' },
    ],
    [
      'Since 7 October 2023, 45 people have been killed, the ministry said.',
      { period_start: '2023-10-07', period_end: '2025-03-10' },
    ],
    [
      'The ministry said 45 people were killed in the past 48 hours.',
      { period_start: '2025-03-09', period_end: '2025-03-10' },
    ],
    ['The ministry said 45 people were killed in December.', { as_of: '2025-03-10' }],
    [
      'On 28 February 2025, the ministry said 45 people had been killed.',
      { stated_on: '2025-02-28', as_of: '2025-02-28' },
    ],
  ];
  test.each(cases)('%s', (text, dates) => {
    expect(only(text)).toMatchObject([{ value: 45, ...dates }]);
  });
});

describe('not claims', () => {
  const texts = [
    'In 2023, the ministry said, the war entered a new phase.',
    'The ministry said on 7 October that the crossing would close at 14:00.',
    'Security Council resolution 2334 was adopted by 14 votes, officials said.',
    'Flash Update #12 was issued under Situation Report No. 45, the office said.',
    'A 12-year-old boy and a man aged 45 were killed, police said.',
    'The 3rd battalion and the 2nd brigade withdrew, the army said.',
    'Call +961 1 234 567 or 0800 123 456 for help, the ministry said.',
    'The appeal raised $4.5 million and €2 billion for survivors, the agency said.',
    'Airstrikes hit 12 hospitals and 36 health facilities, the WHO said.',
    'Only 16 of the 36 hospitals remain functional, the WHO said.',
    'Israeli forces killed his two brothers, the family said.',
    'Fighting lasted for three days and two nights, residents said.',
    'The 1948 war displaced Palestinians, the historian said.',
  ];
  test.each(texts)('%s', (text) => {
    expect(only(text)).toEqual([]);
  });

  test('proposes a share of people as a percent, flagged', () => {
    expect(
      only('About 70 per cent of those killed were women and children, the ministry said.'),
    ).toMatchObject([
      { value: 70, qualifier: 'about', unit: 'percent', outcome: 'killed', flags: ['percent'] },
    ]);
    expect(only('The agency said 90% of the population had been displaced.')).toMatchObject([
      { value: 90, unit: 'percent', outcome: 'displaced' },
    ]);
  });

  test('does not propose a share of buildings', () => {
    expect(only('About 60 per cent of buildings were destroyed, the agency said.')).toEqual([]);
  });
});

describe('breakdowns', () => {
  test('"of whom" parts are partial unless the text says they are all', () => {
    const drafts = only('The ministry said 40 people were killed, of whom 12 were children.');
    expect(drafts).toMatchObject([
      { value: 40, part_of: null, parts_complete: false },
      { value: 12, counted: 'children', part_of: 0 },
    ]);
  });

  test('"comprising" says the parts are the whole', () => {
    const drafts = only(
      'The army said 30 people were killed, comprising 20 soldiers and 10 civilians.',
    );
    expect(drafts).toMatchObject([
      { value: 30, parts_complete: true },
      { value: 20, part_of: 0 },
      { value: 10, part_of: 0 },
    ]);
  });
});

describe('bad input', () => {
  test('empty text gives no drafts and says so', () => {
    expect(extractDrafts('', {})).toEqual({
      drafts: [],
      message: 'The text is empty: paste an article or bulletin.',
    });
    expect(extractDrafts(' \n\t ', {}).message).toBe(
      'The text is empty: paste an article or bulletin.',
    );
  });

  test('text without numbers gives no drafts and says so', () => {
    expect(extractDrafts('The ministry condemned the attack.', {})).toEqual({
      drafts: [],
      message: 'No figures were found: the text has no numbers.',
    });
  });

  test('numbers that are not figures give no drafts and say so', () => {
    expect(extractDrafts('The meeting on 3 May lasted 2 hours.', {})).toEqual({
      drafts: [],
      message: 'No casualty figures were found in the text.',
    });
  });

  test('a paste over 1 MB gives a clear limit message', () => {
    const text = 'At least 45 people were killed. '.repeat(40_000);
    expect(extractDrafts(text, {})).toEqual({
      drafts: [],
      message: 'The text is over 1 MB: paste at most 1 MB at a time.',
    });
  });

  test('Arabic text gives nothing and says no English text was found', () => {
    expect(extractDrafts('قتل 45 شخصا في غارة على غزة، بحسب وزارة الصحة.', {})).toEqual({
      drafts: [],
      message: 'No figures were found in English text.',
    });
  });
});
