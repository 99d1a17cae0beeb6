// The seed article's figures (tests/fixtures/extract/seed-article.txt), attributed exactly as the article does.
// Plain data only: lib/server/seed.ts writes it through the same mutations as every other claim.

const ARTICLE = {
  title: 'Iran Condemns Deadly Violence in Syria Against Minority Groups, Urges End to Massacre',
  byline: 'Staff, Agencies',
  published_on: '2025-03-10',
};

const DATE_NOTE =
  "Date inferred: the article reports the spokesman's press conference 'on Monday' (10 March " +
  "2025, the article's date, itself inferred from 'Monday'); the monitor's figures were given " +
  "'on Sunday', so stated on and as of 9 March 2025.";

const SYRIA_QUOTE =
  "The death toll from the violence in northwestern Syria has risen to over 1,000 people in just two days, including 745 civilians, who were killed mostly execution-style, 125 militants belonging to the country’s Hay'at Tahrir al-Sham [HTS]-led regime, and nearly 150 members of opposition groups, the so-called Syrian Observatory for Human Rights, a UK-based monitor said on Sunday.";

const GAZA_QUOTE =
  'Elsewhere in his remarks, the spokesman addressed “Israel’s” ongoing genocidal atrocities against Palestinians in the Gaza Strip that have claimed the lives of at least 48,450 people, mostly women and children.';

export const SEED_TOPICS = [
  {
    slug: 'syria-coast-2025',
    title: 'Violence on the Syrian coast, March 2025',
    description:
      "Killings in Syria's northwestern coastal region, mostly inhabited by the Alawite minority, after clashes erupted on 6 March 2025.",
  },
  {
    slug: 'gaza-war',
    title: 'Gaza war',
    description: 'Casualties in the Gaza Strip since 7 October 2023.',
  },
];

export const SEED_SOURCES = [
  {
    slug: 'sohr',
    name: 'Syrian Observatory for Human Rights',
    kind: 'monitor',
    description: 'UK-based monitor',
  },
] as const;

export const SEED_METRICS = [
  {
    slug: 'syria-coast-killed',
    topic: 'syria-coast-2025',
    name: 'People killed',
    description:
      "Everyone reported killed in the violence in Syria's northwestern coastal region: civilians, security forces and members of armed groups.",
    kind: 'count',
    parent: null,
  },
  {
    slug: 'syria-coast-civilians-killed',
    topic: 'syria-coast-2025',
    name: 'Civilians killed',
    description: 'Civilians reported killed in the violence on the Syrian coast.',
    kind: 'count',
    parent: 'syria-coast-killed',
  },
  {
    slug: 'syria-coast-security-forces-killed',
    topic: 'syria-coast-2025',
    name: 'Security forces killed',
    description:
      'Members of the HTS-led government’s security forces reported killed (the article calls them militants belonging to the regime).',
    kind: 'count',
    parent: 'syria-coast-killed',
  },
  {
    slug: 'syria-coast-opposition-killed',
    topic: 'syria-coast-2025',
    name: 'Opposition fighters killed',
    description: 'Members of armed opposition groups reported killed.',
    kind: 'count',
    parent: 'syria-coast-killed',
  },
  {
    slug: 'gaza-killed',
    topic: 'gaza-war',
    name: 'People killed',
    description: 'Palestinians killed in the Gaza Strip since 7 October 2023, a running total.',
    kind: 'cumulative',
    parent: null,
  },
] as const;

// 'In just two days' up to the Sunday the monitor spoke: 8 and 9 March 2025.
const sohrFigure = {
  claimant: 'sohr',
  attribution: 'reported',
  as_of: '2025-03-09',
  period_start: '2025-03-08',
  period_end: '2025-03-09',
  stated_on: '2025-03-09',
  quote: SYRIA_QUOTE,
  ...ARTICLE,
} as const;

/** The claims, keyed by the CSV columns of the canonical claim input. */
export const SEED_CLAIMS = [
  {
    ...sohrFigure,
    metric: 'syria-coast-killed',
    value: '1000',
    qualifier: 'more_than',
    notes: `${DATE_NOTE} The figure covers 'just two days'.`,
  },
  {
    ...sohrFigure,
    metric: 'syria-coast-civilians-killed',
    value: '745',
    qualifier: 'exact',
    notes: `${DATE_NOTE} Killed 'mostly execution-style'.`,
  },
  {
    ...sohrFigure,
    metric: 'syria-coast-security-forces-killed',
    value: '125',
    qualifier: 'exact',
    notes: `${DATE_NOTE} The article calls them 'militants belonging to the country’s Hay'at Tahrir al-Sham [HTS]-led regime'.`,
  },
  {
    ...sohrFigure,
    metric: 'syria-coast-opposition-killed',
    value: '150',
    qualifier: 'nearly',
    notes: `${DATE_NOTE} 'Members of opposition groups'.`,
  },
  {
    ...ARTICLE,
    metric: 'gaza-killed',
    value: '48450',
    qualifier: 'at_least',
    attribution: 'unattributed',
    as_of: '2025-03-10',
    stated_on: '2025-03-10',
    quote: GAZA_QUOTE,
    notes:
      "No source is named for this figure. 'Mostly women and children'. As of the article's date, 10 March 2025, inferred from the Monday press conference.",
  },
];
