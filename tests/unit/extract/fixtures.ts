// Hand-written expectations for the texts in tests/fixtures/extract, written before the extractor:
// each listed draft in the order of the text, with the fields that matter for that text. A text
// lists every figure it should give; anything else proposed is a false positive.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Draft, ExtractOptions } from '@/lib/extract/types';

export type Fixture = {
  file: string;
  options: ExtractOptions;
  expected: Partial<Draft>[];
  message?: string;
};

export function readFixture(file: string): string {
  return readFileSync(path.resolve(import.meta.dirname, '../../fixtures/extract', file), 'utf8');
}

const GAZA_MOH = 'Gaza health ministry';
const OCHA = 'United Nations Office for the Coordination of Humanitarian Affairs';
const MOH_GAZA = 'Ministry of Health in Gaza';
const BULLETIN = 'Ministry of Health - Gaza';
const SYNDICATE = "Sudan Doctors' Syndicate";
const DISASTER_AGENCY = 'provincial disaster agency';
const SNHR = 'Syrian Network for Human Rights';
const HRMMU = 'United Nations Human Rights Monitoring Mission in Ukraine';
const MSF = 'Médecins Sans Frontières';

export const FIXTURES: Fixture[] = [
  {
    // A wire report: the headline repeats the lead's figure, and only the lead's is proposed.
    file: 'wire-strike.txt',
    options: { published: '2024-07-14' },
    expected: [
      {
        value: 90,
        qualifier: 'at_least',
        counted: 'people',
        outcome: 'killed',
        claimant: GAZA_MOH,
        claimant_kind: 'ministry',
        attribution: 'reported',
        as_of: '2024-07-13',
        stated_on: '2024-07-14',
      },
      {
        value: 300,
        qualifier: 'about',
        counted: 'people',
        outcome: 'injured',
        claimant: GAZA_MOH,
        as_of: '2024-07-13',
      },
      {
        value: 20,
        qualifier: 'at_least',
        counted: 'people',
        outcome: 'missing',
        claimant: "Gaza's Civil Defence",
        attribution: 'reported',
        via: null,
      },
      {
        value: 38443,
        qualifier: 'exact',
        counted: 'Palestinians',
        outcome: 'killed',
        claimant: GAZA_MOH,
        attribution: 'reported',
        period_start: '2023-10-07',
        as_of: '2024-07-14',
      },
      {
        value: 88481,
        qualifier: 'exact',
        counted: 'Palestinians',
        outcome: 'injured',
        claimant: GAZA_MOH,
        period_start: '2023-10-07',
      },
    ],
  },
  {
    // A UN flash update: its letterhead is the author of its own estimates.
    file: 'ocha-flash-update.txt',
    options: { published: '2024-01-08' },
    expected: [
      {
        value: 249,
        qualifier: 'exact',
        counted: 'Palestinians',
        outcome: 'killed',
        claimant: MOH_GAZA,
        attribution: 'reported',
        period_start: '2024-01-06',
        period_end: '2024-01-07',
        as_of: '2024-01-07',
      },
      {
        value: 510,
        qualifier: 'exact',
        counted: 'Palestinians',
        outcome: 'injured',
        claimant: MOH_GAZA,
        period_start: '2024-01-06',
      },
      {
        value: 22835,
        qualifier: 'at_least',
        counted: 'Palestinians',
        outcome: 'killed',
        claimant: MOH_GAZA,
        attribution: 'reported',
        period_start: '2023-10-07',
        period_end: '2024-01-07',
        as_of: '2024-01-07',
      },
      {
        value: 70,
        qualifier: 'about',
        unit: 'percent',
        outcome: 'killed',
        claimant: MOH_GAZA,
        attribution: 'reported',
        flags: ['percent', 'claimant_from_context'],
      },
      {
        value: 1900000,
        qualifier: 'at_most',
        counted: 'people',
        outcome: 'displaced',
        claimant: OCHA,
        claimant_kind: 'un_agency',
        attribution: 'direct',
        as_of: '2024-01-07',
      },
      {
        value: 85,
        qualifier: 'nearly',
        unit: 'percent',
        outcome: 'displaced',
        claimant: OCHA,
        attribution: 'direct',
        flags: ['percent'],
      },
      {
        value: 1200,
        qualifier: 'about',
        counted: 'people',
        outcome: 'killed',
        claimant: 'Israeli authorities',
        claimant_kind: 'government',
        attribution: 'reported',
        part_of: null,
        parts_complete: false,
      },
      {
        value: 36,
        qualifier: 'exact',
        counted: 'children',
        outcome: 'killed',
        claimant: 'Israeli authorities',
        part_of: 6,
      },
    ],
  },
  {
    // A ministry bulletin: letterhead, labelled figures, a breakdown in its own paragraph.
    file: 'moh-bulletin.txt',
    options: { published: '2024-11-20' },
    expected: [
      {
        value: 64,
        qualifier: 'exact',
        counted: 'people',
        outcome: 'killed',
        claimant: BULLETIN,
        attribution: 'direct',
        period_start: '2024-11-20',
        period_end: '2024-11-20',
        as_of: '2024-11-20',
      },
      {
        value: 158,
        qualifier: 'exact',
        counted: 'people',
        outcome: 'injured',
        claimant: BULLETIN,
        attribution: 'direct',
        period_start: '2024-11-20',
      },
      {
        value: 43985,
        qualifier: 'exact',
        counted: 'people',
        outcome: 'killed',
        claimant: BULLETIN,
        attribution: 'direct',
        period_start: '2023-10-07',
        period_end: '2024-11-20',
        part_of: null,
      },
      {
        value: 104092,
        qualifier: 'exact',
        counted: 'people',
        outcome: 'injured',
        claimant: BULLETIN,
        attribution: 'direct',
        period_start: '2023-10-07',
      },
      {
        value: 17400,
        qualifier: 'exact',
        counted: 'children',
        outcome: 'killed',
        claimant: BULLETIN,
        part_of: 2,
      },
      {
        value: 11900,
        qualifier: 'exact',
        counted: 'women',
        outcome: 'killed',
        claimant: BULLETIN,
        part_of: 2,
      },
    ],
  },
  {
    // Arabic lines with the same digits are not read; their English twins are.
    file: 'mixed-arabic-english.txt',
    options: { published: '2025-02-03' },
    expected: [
      {
        value: 61709,
        qualifier: 'exact',
        counted: 'people',
        outcome: 'killed',
        claimant: 'Ministry of Health',
        attribution: 'reported',
        as_of: '2025-02-03',
      },
      {
        value: 14,
        qualifier: 'exact',
        counted: 'citizens',
        outcome: 'injured',
        claimant: 'Ministry of Health',
        attribution: 'reported',
        as_of: '2025-02-02',
        stated_on: '2025-02-03',
      },
    ],
  },
  {
    file: 'french-report.txt',
    options: { published: '2024-06-02' },
    expected: [],
    message: 'No figures were found in English text.',
  },
  {
    // Number words, "a dozen", "1.2 million", pronoun and definite-description claimants.
    file: 'number-words.txt',
    options: { published: '2023-10-20' },
    expected: [
      {
        value: 200,
        qualifier: 'nearly',
        counted: 'people',
        outcome: 'killed',
        claimant: SYNDICATE,
        attribution: 'reported',
        stated_on: '2023-10-19',
        as_of: '2023-10-19',
        period_start: '2023-10-17',
        period_end: '2023-10-19',
      },
      {
        value: 12,
        qualifier: 'exact',
        counted: 'medics',
        outcome: 'killed',
        claimant: SYNDICATE,
        part_of: 0,
      },
      {
        value: 25,
        qualifier: 'exact',
        counted: 'patients',
        outcome: 'killed',
        claimant: SYNDICATE,
        part_of: null,
      },
      {
        value: 1200000,
        qualifier: 'more_than',
        counted: 'people',
        outcome: 'displaced',
        claimant: 'International Organization for Migration',
        claimant_kind: 'un_agency',
      },
      {
        value: 350,
        qualifier: 'exact',
        counted: 'families',
        unit: 'families',
        outcome: 'displaced',
        claimant: SYNDICATE,
      },
    ],
  },
  {
    // Ranges in three spellings; homes and schools are not casualties.
    file: 'ranges.txt',
    options: { published: '2024-05-06' },
    expected: [
      {
        value: 200,
        qualifier: 'range',
        low: 200,
        high: 300,
        counted: 'people',
        outcome: 'killed',
        claimant: 'local official',
        via: 'AFP',
        stated_on: '2024-05-05',
        as_of: '2024-05-05',
      },
      {
        value: 15,
        qualifier: 'range',
        low: 15,
        high: 20,
        counted: 'people',
        outcome: 'killed',
        claimant: DISASTER_AGENCY,
        stated_on: '2024-05-06',
      },
      {
        value: 40,
        qualifier: 'range',
        low: 40,
        high: 50,
        counted: 'people',
        outcome: 'missing',
        claimant: DISASTER_AGENCY,
      },
    ],
  },
  {
    // A claimant named in an earlier sentence of the paragraph, and none in the next paragraph.
    file: 'paragraph-claimant.txt',
    options: { published: '2025-01-15' },
    expected: [
      {
        value: 1270,
        qualifier: 'exact',
        counted: 'civilians',
        outcome: 'killed',
        claimant: SNHR,
        attribution: 'reported',
        flags: [],
      },
      {
        value: 230,
        qualifier: 'exact',
        counted: 'children',
        outcome: 'killed',
        claimant: SNHR,
        attribution: 'reported',
        part_of: 0,
        flags: ['claimant_from_context'],
      },
      {
        value: 98,
        qualifier: 'exact',
        counted: 'women',
        outcome: 'killed',
        claimant: SNHR,
        part_of: 0,
      },
      {
        value: 415,
        qualifier: 'exact',
        counted: 'people',
        outcome: 'detained',
        claimant: SNHR,
        part_of: null,
      },
      {
        value: 35,
        qualifier: 'exact',
        counted: 'people',
        outcome: 'killed',
        claimant: null,
        attribution: 'unattributed',
        as_of: '2025-01-13',
      },
      {
        value: 12,
        qualifier: 'exact',
        counted: 'fighters',
        outcome: 'injured',
        claimant: 'Local media',
        claimant_kind: 'media',
        attribution: 'reported',
      },
    ],
  },
  {
    // Years, report and resolution numbers, money, a phone number, times, ages, ordinals.
    file: 'not-claims.txt',
    options: { published: '2024-03-01' },
    expected: [
      {
        value: 7,
        qualifier: 'exact',
        counted: 'people',
        outcome: 'killed',
        claimant: 'police',
        attribution: 'reported',
        as_of: '2024-02-27',
      },
    ],
  },
  {
    // The publisher, given as an option, is the claimant of what the text says itself.
    file: 'publisher-direct.txt',
    options: { published: '2024-12-05', publisher: 'UNRWA' },
    expected: [
      {
        value: 258,
        qualifier: 'exact',
        counted: 'UNRWA team members',
        outcome: 'killed',
        claimant: 'UNRWA',
        attribution: 'direct',
      },
      {
        value: 1900000,
        qualifier: 'exact',
        counted: 'people',
        outcome: 'displaced',
        claimant: 'UNRWA',
        attribution: 'direct',
      },
      {
        value: 90,
        qualifier: 'about',
        unit: 'percent',
        outcome: 'displaced',
        claimant: 'UNRWA',
        attribution: 'direct',
        flags: ['percent'],
      },
      {
        value: 1139,
        qualifier: 'exact',
        counted: 'people',
        outcome: 'killed',
        claimant: 'Israeli authorities',
        attribution: 'reported',
        as_of: '2023-10-07',
      },
    ],
  },
  {
    // Number words, a titled official, "over the past day", a breakdown with "including".
    file: 'ukraine-wire.txt',
    options: { published: '2024-08-19' },
    expected: [
      {
        value: 7,
        qualifier: 'at_least',
        counted: 'civilians',
        outcome: 'killed',
        claimant: 'regional officials',
        stated_on: '2024-08-19',
        period_start: '2024-08-19',
        period_end: '2024-08-19',
      },
      {
        value: 34,
        qualifier: 'exact',
        counted: 'civilians',
        outcome: 'injured',
        claimant: 'regional officials',
        period_start: '2024-08-19',
      },
      {
        value: 2,
        qualifier: 'exact',
        counted: 'people',
        outcome: 'killed',
        claimant: 'Oleh Syniehubov',
        claimant_kind: 'official',
        attribution: 'reported',
      },
      {
        value: 11,
        qualifier: 'exact',
        counted: 'people',
        outcome: 'injured',
        claimant: 'Oleh Syniehubov',
      },
      {
        value: 11520,
        qualifier: 'exact',
        counted: 'civilians',
        outcome: 'killed',
        claimant: HRMMU,
        claimant_kind: 'un_agency',
        part_of: null,
        parts_complete: false,
      },
      {
        value: 600,
        qualifier: 'exact',
        counted: 'children',
        outcome: 'killed',
        claimant: HRMMU,
        part_of: 4,
      },
    ],
  },
  {
    // The sign-off names the author; "since Sunday" opens a period; "while" ends its clause.
    file: 'sign-off-statement.txt',
    options: { published: '2024-10-02' },
    expected: [
      {
        value: 41,
        qualifier: 'at_least',
        counted: 'people',
        outcome: 'killed',
        claimant: MSF,
        attribution: 'direct',
        period_start: '2024-09-29',
        period_end: '2024-10-02',
      },
      {
        value: 200,
        qualifier: 'more_than',
        counted: 'people',
        outcome: 'injured',
        claimant: MSF,
        attribution: 'direct',
        period_start: '2024-09-29',
      },
      {
        value: 12000,
        qualifier: 'about',
        counted: 'residents',
        outcome: 'displaced',
        claimant: MSF,
        attribution: 'direct',
        period_start: null,
      },
      {
        value: 96,
        qualifier: 'exact',
        counted: 'patients',
        outcome: 'injured',
        claimant: MSF,
        attribution: 'direct',
      },
    ],
  },
];
