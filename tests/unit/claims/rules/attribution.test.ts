import { describe, expect, test } from 'vitest';
import { type AttributionFields, attributionSentence } from '@/lib/claims/rules/attribution';

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
      `Syrian Observatory for Human Rights (UK-based monitor) said on 9 Mar 2025, as reported in '${TITLE}' (Staff, Agencies, 10 Mar 2025)`,
      false,
    ],
    [
      'an inferred date says so beside the date',
      { ...sohr, notes: "Date inferred: from 'on Sunday'." },
      `Syrian Observatory for Human Rights (UK-based monitor) said on 9 Mar 2025 (date inferred), as reported in '${TITLE}' (Staff, Agencies, 10 Mar 2025)`,
      false,
    ],
    [
      'a relay is named after the date',
      { ...sohr, via: 'Reuters', claimant_description: null },
      `Syrian Observatory for Human Rights said on 9 Mar 2025 via Reuters, as reported in '${TITLE}' (Staff, Agencies, 10 Mar 2025)`,
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
      "Gaza Ministry of Health published on 1 Apr 2025 in 'Daily report' (Ministry of Health, 1 Apr 2025)",
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
      `No source named; published in '${TITLE}' (Staff, Agencies, 10 Mar 2025) (date inferred)`,
      true,
    ],
    [
      'an unattributed claim may still name its relay',
      { ...sohr, attribution: 'unattributed', claimant: null, via: 'Reuters' },
      `No source named via Reuters; published in '${TITLE}' (Staff, Agencies, 10 Mar 2025)`,
      true,
    ],
    [
      'without a stated date the inference is about the document',
      { ...sohr, stated_on: null, notes: 'Publication date inferred.' },
      `Syrian Observatory for Human Rights (UK-based monitor) said, as reported in '${TITLE}' (Staff, Agencies, 10 Mar 2025) (date inferred)`,
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
      'Syrian Observatory for Human Rights (UK-based monitor) said on 9 Mar 2025, as reported in https://example.org/report',
      false,
    ],
    [
      'a reported claim with no claimant is treated as unattributed',
      { ...sohr, claimant: null },
      `No source named; published in '${TITLE}' (Staff, Agencies, 10 Mar 2025)`,
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
