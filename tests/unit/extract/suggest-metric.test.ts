import { describe, expect, test } from 'vitest';
import { type MetricChoice, suggestMetric, suggestMetrics } from '@/lib/extract/suggest-metric';

const metric = (
  slug: string,
  topic: string,
  name: string,
  description: string,
  parent = null as string | null,
): MetricChoice => ({
  slug,
  topic,
  name,
  unit: 'people',
  description,
  parent,
});

const METRICS: MetricChoice[] = [
  metric(
    'syria-coast-killed',
    'syria-coast-2025',
    'People killed',
    "Everyone reported killed in the violence in Syria's northwestern coastal region: civilians, security forces and members of armed groups.",
  ),
  metric(
    'syria-coast-civilians-killed',
    'syria-coast-2025',
    'Civilians killed',
    'Civilians reported killed in the violence on the Syrian coast.',
    'syria-coast-killed',
  ),
  metric(
    'syria-coast-security-forces-killed',
    'syria-coast-2025',
    'Security forces killed',
    'Members of the security forces reported killed (the article calls them militants).',
    'syria-coast-killed',
  ),
  metric(
    'syria-coast-opposition-killed',
    'syria-coast-2025',
    'Opposition fighters killed',
    'Members of armed opposition groups reported killed.',
    'syria-coast-killed',
  ),
  metric(
    'gaza-killed',
    'gaza-war',
    'People killed',
    'Palestinians killed in the Gaza Strip since 7 October 2023, a running total.',
  ),
  metric('gaza-injured', 'gaza-war', 'People injured', 'Palestinians injured in the Gaza Strip.'),
  metric(
    'ukraine-killed',
    'ukraine',
    'Civilians killed',
    'Civilians killed in Ukraine, as verified.',
  ),
  metric(
    'ukraine-killed-strikes',
    'ukraine',
    'Civilians killed in strikes',
    'Civilians killed by missile and drone strikes.',
  ),
];

type Case = {
  name: string;
  counted: string;
  outcome?: 'killed' | 'injured' | 'displaced';
  unit?: string;
  part_of?: number | null;
  topic: string;
  total?: string | null;
  expected: string | null;
};

const CASES: Case[] = [
  {
    name: 'people killed, in the Syrian topic',
    counted: 'people',
    topic: 'syria-coast-2025',
    expected: 'syria-coast-killed',
  },
  {
    name: 'the same draft, in the Gaza topic',
    counted: 'people',
    topic: 'gaza-war',
    expected: 'gaza-killed',
  },
  {
    name: 'the same draft, in a topic with no metrics (Sudan)',
    counted: 'people',
    topic: 'sudan-war',
    expected: null,
  },
  {
    name: 'injured goes to the injured metric',
    counted: 'people',
    outcome: 'injured',
    topic: 'gaza-war',
    expected: 'gaza-injured',
  },
  {
    name: 'a part goes to a part of its total’s metric',
    counted: 'civilians',
    part_of: 0,
    total: 'syria-coast-killed',
    topic: 'syria-coast-2025',
    expected: 'syria-coast-civilians-killed',
  },
  {
    name: 'a part named only in a description',
    counted: 'militants',
    part_of: 0,
    total: 'syria-coast-killed',
    topic: 'syria-coast-2025',
    expected: 'syria-coast-security-forces-killed',
  },
  {
    name: 'a part is never filed under its total’s own metric',
    counted: 'people',
    part_of: 0,
    total: 'syria-coast-killed',
    topic: 'syria-coast-2025',
    expected: null,
  },
  {
    name: 'weak: the counted noun is in no metric of the topic',
    counted: 'children',
    topic: 'gaza-war',
    expected: null,
  },
  {
    name: 'weak: two metrics fit as well as each other',
    counted: 'civilians',
    topic: 'ukraine',
    expected: null,
  },
  {
    name: 'no metric counts this outcome',
    counted: 'people',
    outcome: 'displaced',
    topic: 'gaza-war',
    expected: null,
  },
  {
    name: 'no metric counts in this unit',
    counted: 'people',
    unit: 'percent',
    topic: 'gaza-war',
    expected: null,
  },
];

describe('suggestMetric', () => {
  test.each(CASES)(
    '$name',
    ({
      counted,
      outcome = 'killed',
      unit = 'people',
      part_of = null,
      topic,
      total = null,
      expected,
    }) => {
      expect(
        suggestMetric({ counted, outcome, unit, part_of }, METRICS, { topic, totalMetric: total }),
      ).toBe(expected);
    },
  );
});

describe('suggestMetrics', () => {
  // The seed article's drafts: a total and three parts of it, then a figure from another topic.
  const SEED_DRAFTS = [
    { counted: 'people', outcome: 'killed', unit: 'people', part_of: null },
    { counted: 'civilians', outcome: 'killed', unit: 'people', part_of: 0 },
    { counted: 'militants', outcome: 'killed', unit: 'people', part_of: 0 },
    { counted: 'members of opposition groups', outcome: 'killed', unit: 'people', part_of: 0 },
    { counted: 'people', outcome: 'killed', unit: 'people', part_of: null },
  ] as const;

  test('files every draft under a metric of the chosen topic, and only of it', () => {
    expect(suggestMetrics(SEED_DRAFTS, METRICS, 'syria-coast-2025')).toEqual([
      'syria-coast-killed',
      'syria-coast-civilians-killed',
      'syria-coast-security-forces-killed',
      'syria-coast-opposition-killed',
      'syria-coast-killed',
    ]);
    expect(suggestMetrics(SEED_DRAFTS, METRICS, 'gaza-war')).toEqual([
      'gaza-killed',
      '',
      '',
      '',
      'gaza-killed',
    ]);
  });

  test('suggests nothing in a new topic', () => {
    expect(suggestMetrics(SEED_DRAFTS, METRICS, '__new__')).toEqual(['', '', '', '', '']);
  });

  test('a part whose total has no metric is matched as a figure of its own', () => {
    const drafts = [
      { counted: 'residents', outcome: 'killed', unit: 'people', part_of: null },
      { counted: 'civilians', outcome: 'killed', unit: 'people', part_of: 0 },
    ] as const;
    expect(suggestMetrics(drafts, METRICS, 'syria-coast-2025')).toEqual([
      '',
      'syria-coast-civilians-killed',
    ]);
  });
});
