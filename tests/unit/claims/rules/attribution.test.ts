import { describe, expect, test } from 'vitest';
import { type AttributionFields, attributionSentence } from '@/lib/claims/rules/attribution';
import { formatFullDay, formatInstant, formatLongDay, shiftDay } from '@/lib/text/dates';

const TITLE =
  'Iran Condemns Deadly Violence in Syria Against Minority Groups, Urges End to Massacre';

const sohr: AttributionFields = {
  attribution: 'reported',
  claimant: 'Syrian Observatory for Human Rights',
  claimant_description: 'UK-based monitor',
  via: null,
  stated_on: '2025-03-09',
  url: null,
  title: TITLE,
  publisher: null,
  byline: 'Staff, Agencies',
  published_on: '2025-03-10',
  notes: null,
};

describe('attributionSentence', () => {
  const cases: [string, AttributionFields, string, boolean][] = [
    [
      'a reported claim names claimant, day and document',
      sohr,
      `Syrian Observatory for Human Rights (UK-based monitor) said on Sunday 9 March 2025, as reported in '${TITLE}' (Staff, Agencies, 10 March 2025)`,
      false,
    ],
    [
      'an inferred date says so beside the date',
      { ...sohr, notes: "Date inferred: from 'on Sunday'." },
      `Syrian Observatory for Human Rights (UK-based monitor) said on Sunday 9 March 2025 (date inferred), as reported in '${TITLE}' (Staff, Agencies, 10 March 2025)`,
      false,
    ],
    [
      'a relay is named after the date',
      { ...sohr, via: 'Reuters', claimant_description: null },
      `Syrian Observatory for Human Rights said on Sunday 9 March 2025 via Reuters, as reported in '${TITLE}' (Staff, Agencies, 10 March 2025)`,
      false,
    ],
    [
      'a direct claim is published by its claimant',
      {
        ...sohr,
        attribution: 'direct',
        claimant: 'Gaza Ministry of Health',
        claimant_description: null,
        stated_on: '2025-04-01',
        title: 'Daily report',
        byline: null,
        publisher: 'Ministry of Health',
        published_on: '2025-04-01',
      },
      "Gaza Ministry of Health published on Tuesday 1 April 2025 in 'Daily report' (Ministry of Health, 1 April 2025)",
      false,
    ],
    [
      'an unattributed claim names no source and is flagged',
      {
        ...sohr,
        attribution: 'unattributed',
        claimant: null,
        claimant_description: null,
        stated_on: '2025-03-10',
        notes: "As of the article's date, inferred from the Monday press conference.",
      },
      `No source named; published in '${TITLE}' (Staff, Agencies, 10 March 2025) (date inferred)`,
      true,
    ],
    [
      'an unattributed claim may still name its relay',
      { ...sohr, attribution: 'unattributed', claimant: null, via: 'Reuters' },
      `No source named via Reuters; published in '${TITLE}' (Staff, Agencies, 10 March 2025)`,
      true,
    ],
    [
      'without a stated date the inference is about the document',
      { ...sohr, stated_on: null, notes: 'Publication date inferred.' },
      `Syrian Observatory for Human Rights (UK-based monitor) said, as reported in '${TITLE}' (Staff, Agencies, 10 March 2025) (date inferred)`,
      false,
    ],
    [
      'a document with only a URL is cited by it',
      {
        ...sohr,
        title: null,
        byline: null,
        published_on: null,
        url: 'https://example.org/report',
      },
      'Syrian Observatory for Human Rights (UK-based monitor) said on Sunday 9 March 2025, as reported in https://example.org/report',
      false,
    ],
    [
      'a reported claim with no claimant is treated as unattributed',
      { ...sohr, claimant: null },
      `No source named; published in '${TITLE}' (Staff, Agencies, 10 March 2025)`,
      true,
    ],
  ];
  test.each(cases)('%s', (_name, claim, text, isUnattributed) => {
    expect(attributionSentence(claim)).toEqual({ text, isUnattributed });
  });

  test('a word containing "inferred" only as part of another word does not mark the date', () => {
    expect(attributionSentence({ ...sohr, notes: 'uninferredness' }).text).not.toContain(
      'inferred',
    );
  });
});

describe('dates', () => {
  const longDays: [string, string][] = [
    ['2025-03-09', 'Sunday 9 March 2025'],
    ['2025-03-10', 'Monday 10 March 2025'],
    ['2024-02-29', 'Thursday 29 February 2024'],
    ['2023-10-07', 'Saturday 7 October 2023'],
    ['2025-02-30', '2025-02-30'],
    ['9 March', '9 March'],
  ];
  test.each(longDays)('formatLongDay(%j) is %j', (day, expected) => {
    expect(formatLongDay(day)).toBe(expected);
  });

  test('formatFullDay writes the month in full without the weekday', () => {
    expect(formatFullDay('2025-09-01')).toBe('1 September 2025');
  });

  test('formatInstant gives the UTC day and time', () => {
    expect(formatInstant('2025-03-10T23:30:00.000Z')).toBe('Monday 10 March 2025, 23:30 UTC');
    expect(formatInstant('not a time')).toBe('not a time');
  });

  const shifts: [string, number, string | null][] = [
    ['2025-03-09', 7, '2025-03-16'],
    ['2025-03-09', -7, '2025-03-02'],
    ['2025-02-26', 7, '2025-03-05'],
    ['2024-12-29', 7, '2025-01-05'],
    ['2025-13-01', 7, null],
  ];
  test.each(shifts)('shiftDay(%j, %d) is %j', (day, days, expected) => {
    expect(shiftDay(day, days)).toBe(expected);
  });
});
