// A deterministic synthetic tracker for the benchmark, written as Tally's import CSV: 50 topics of
// 20 metrics each, 20 claimants, three years of figures. Each topic has a running toll with three
// disjoint parts (a partial breakdown), other running totals and bounded counts; claimants relay
// one underlying series per metric, mostly exact, some hedged or given as ranges, with rare
// deviations and corrections, so the checks find what real data gives them: a few flags, not none.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { MetricKind, Qualifier, SourceKind } from '@/db/enums';
import type { ClaimColumn } from '@/lib/claims/input/columns';
import { CSV_HEADER, csvLine } from '@/lib/server/csv/export';
import { formatNumber } from '@/lib/text/format';

export const TOPICS = 50;
export const METRICS_PER_TOPIC = 20;
export const CLAIMANTS = 20;
/** The metric that (a) and (b) read: 10 claimants, 1,000 figures each. */
export const BIG_METRIC = 'bench-t01-killed';
export const BIG_METRIC_CLAIMS = 10_000;
const BIG_METRIC_CLAIMANTS = 10;
const FIRST_DAY = Date.UTC(2023, 0, 1);
const DAYS = 1096; // 2023-01-01 to 2025-12-31

type Template = {
  key: string;
  name: string;
  kind: MetricKind;
  unit: string;
  parent?: string;
  /** Share of the parent's figure, for parts. */
  share?: number;
  /** Cumulative: typical growth a day; count: typical size. */
  scale: number;
};

const TEMPLATES: Template[] = [
  { key: 'killed', name: 'People killed', kind: 'cumulative', unit: 'people', scale: 40 },
  part('civilians-killed', 'Civilians killed', 0.55),
  part('security-forces-killed', 'Security forces killed', 0.2),
  part('fighters-killed', 'Fighters killed', 0.1),
  running('injured', 'People injured', 95),
  running('missing', 'People missing', 6),
  running('detained', 'People detained', 12),
  running('aid-workers-killed', 'Aid workers killed', 0.4),
  running('journalists-killed', 'Journalists killed', 0.2),
  running('health-workers-killed', 'Health workers killed', 0.8),
  running('schools-damaged', 'Schools damaged', 0.9, 'buildings'),
  counted('displaced', 'People displaced', 25_000),
  counted('daily-killed', 'People killed that day', 40),
  counted('daily-injured', 'People injured that day', 95),
  counted('refugees', 'Refugees abroad', 150_000),
  counted('homes-destroyed', 'Homes destroyed that week', 300, 'buildings'),
  counted('food-insecure', 'Share of people facing acute food insecurity', 60, 'percent'),
  counted('hospitals-functioning', 'Hospitals partly functioning', 18, 'facilities'),
  counted('strikes', 'Air strikes that day', 70, 'events'),
  counted('arrests', 'Arrests that day', 30),
];

function part(key: string, name: string, share: number): Template {
  return { key, name, kind: 'cumulative', unit: 'people', parent: 'killed', share, scale: 0 };
}
function running(key: string, name: string, scale: number, unit = 'people'): Template {
  return { key, name, kind: 'cumulative', unit, scale };
}
function counted(key: string, name: string, scale: number, unit = 'people'): Template {
  return { key, name, kind: 'count', unit, scale };
}

/** The item at an index the caller's arithmetic keeps in range. */
function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item at ${index} of ${list.length}`);
  return item;
}

type Claimant = { name: string; kind: SourceKind; description: string };

const CLAIMANT_KINDS: SourceKind[] = ['ministry', 'un_agency', 'monitor', 'ngo', 'media'];
const CLAIMANT_LIST: Claimant[] = Array.from({ length: CLAIMANTS }, (_, i) => {
  const kind = at(CLAIMANT_KINDS, i % CLAIMANT_KINDS.length);
  return {
    name: `Synthetic ${kind.replace('_', ' ')} ${String(i + 1).padStart(2, '0')}`,
    kind,
    description: `A synthetic ${kind.replace('_', ' ')} for the benchmark`,
  };
});

/** mulberry32: a small, well-mixed PRNG, so the same seed gives the same file everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (index: number): string =>
  new Date(FIRST_DAY + index * 86_400_000).toISOString().slice(0, 10);

/** How many claims each metric gets: the big metric its 10,000, the rest share what is left. */
export function claimsPerMetric(total: number): number[] {
  const metrics = TOPICS * METRICS_PER_TOPIC;
  const rest = total - BIG_METRIC_CLAIMS;
  if (rest < metrics - 1) throw new Error(`need at least ${BIG_METRIC_CLAIMS + metrics} claims`);
  const base = Math.floor(rest / (metrics - 1));
  const extra = rest - base * (metrics - 1);
  return Array.from({ length: metrics }, (_, m) =>
    m === 0 ? BIG_METRIC_CLAIMS : base + (m - 1 < extra ? 1 : 0),
  );
}

type Row = Record<ClaimColumn, string | number | null>;

/** Writes `total` claims to `file` as import CSV; the same seed gives the same bytes. */
export function writeSyntheticClaims(file: string, total: number, seed: number): void {
  const counts = claimsPerMetric(total);
  const fd = openSync(file, 'w');
  let buffer = CSV_HEADER;
  let written = 0;
  for (let t = 0; t < TOPICS; t++) {
    // One underlying toll per topic, so each part follows its whole.
    const rand = random(seed * 1_000_003 + t);
    const tolls = cumulativeSeries(rand, at(TEMPLATES, 0).scale * (0.5 + rand()));
    for (let k = 0; k < METRICS_PER_TOPIC; k++) {
      const m = t * METRICS_PER_TOPIC + k;
      for (const row of metricRows(t, at(TEMPLATES, k), at(counts, m), tolls, rand)) {
        buffer += csvLine(row);
        if (++written % 5000 === 0) {
          writeSync(fd, buffer);
          buffer = '';
        }
      }
    }
  }
  writeSync(fd, buffer);
  closeSync(fd);
}

function cumulativeSeries(rand: () => number, growth: number): number[] {
  const series: number[] = [];
  let total = Math.round(growth * 10 * rand());
  for (let d = 0; d < DAYS; d++) {
    // Bursts and lulls: a conflict's toll grows unevenly.
    total += Math.round(growth * rand() * 2 * (1 + Math.sin(d / 45)));
    series.push(total);
  }
  return series;
}

function* metricRows(
  topic: number,
  template: Template,
  count: number,
  tolls: number[],
  rand: () => number,
): Generator<Row> {
  const isBig = topic === 0 && template.key === 'killed';
  const claimantCount = isBig
    ? BIG_METRIC_CLAIMANTS
    : 1 + ((topic + TEMPLATES.indexOf(template)) % 3);
  const share = template.share;
  const series = share
    ? tolls.map((toll) => Math.floor(toll * share))
    : template.kind === 'cumulative'
      ? template.key === 'killed'
        ? tolls
        : cumulativeSeries(rand, template.scale)
      : null;
  const topicSlug = `bench-t${String(topic + 1).padStart(2, '0')}`;
  for (let c = 0; c < claimantCount; c++) {
    const claimant = at(CLAIMANT_LIST, (topic * 7 + c) % CLAIMANTS);
    const perClaimant = Math.floor(count / claimantCount) + (c < count % claimantCount ? 1 : 0);
    for (let i = 0; i < perClaimant; i++) {
      const d = Math.floor((i * DAYS) / perClaimant);
      const truth = series ? at(series, d) : countValue(template, d, rand);
      yield claimRow(topicSlug, template, claimant, day(d), truth, rand);
    }
  }
}

function countValue(template: Template, d: number, rand: () => number): number {
  const seasonal = 1 + 0.4 * Math.sin(d / 30);
  const value = template.scale * seasonal * (0.6 + 0.8 * rand());
  return template.unit === 'percent'
    ? Math.min(100, Math.round(value * 10) / 10)
    : Math.round(value);
}

type Hedge = {
  value: number;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  words: string;
};

/** Mostly exact; some hedged the ways reports hedge, each hedge still true of the figure. */
function hedge(truth: number, rand: () => number): Hedge {
  const roll = rand();
  const n = (v: number) => formatNumber(v);
  const exact = { value: truth, qualifier: 'exact' as const, low: null, high: null };
  // Rare deviations: a claimant's own count, or a correction below its last figure.
  if (roll < 0.006) {
    const value = Math.round(truth * (0.9 + 0.08 * rand()));
    return { ...exact, value, words: n(value) };
  }
  if (truth < 20 || roll < 0.86) return { ...exact, words: n(truth) };
  const round = Math.max(10, 10 ** Math.floor(Math.log10(truth) - 1));
  if (roll < 0.91) {
    const value = Math.floor(truth / round) * round;
    return { ...exact, value, qualifier: 'at_least', words: `at least ${n(value)}` };
  }
  if (roll < 0.94) {
    const value = Math.floor((truth - 1) / round) * round;
    return { ...exact, value, qualifier: 'more_than', words: `more than ${n(value)}` };
  }
  if (roll < 0.97) {
    const value = Math.round(truth / round) * round;
    return { ...exact, value, qualifier: 'about', words: `about ${n(value)}` };
  }
  if (roll < 0.98) {
    const value = Math.ceil((truth + 1) / round) * round;
    return { ...exact, value, qualifier: 'nearly', words: `nearly ${n(value)}` };
  }
  const low = Math.floor((truth * 0.95) / round) * round;
  const high = Math.ceil((truth * 1.05) / round) * round;
  return { value: low, qualifier: 'range', low, high, words: `between ${n(low)} and ${n(high)}` };
}

function claimRow(
  topic: string,
  template: Template,
  claimant: Claimant,
  asOf: string,
  truth: number,
  rand: () => number,
): Row {
  const { value, qualifier, low, high, words } = hedge(truth, rand);
  const unit = template.unit === 'percent' ? ' per cent' : '';
  return {
    topic,
    metric: `${topic}-${template.key}`,
    metric_name: template.name,
    unit: template.unit,
    metric_kind: template.kind,
    parent_metric: template.parent ? `${topic}-${template.parent}` : null,
    value,
    qualifier,
    low,
    high,
    as_of: asOf,
    period_start: null,
    period_end: null,
    claimant: claimant.name,
    claimant_kind: claimant.kind,
    claimant_description: claimant.description,
    via: null,
    attribution: claimant.kind === 'media' ? 'reported' : 'direct',
    stated_on: asOf,
    url: `https://bench.example.org/${claimant.name.toLowerCase().replaceAll(' ', '-')}/${asOf}`,
    title: `${claimant.name}: situation report, ${asOf}`,
    publisher: claimant.name,
    byline: null,
    published_on: asOf,
    archive_url: null,
    quote: `${template.name} as of ${asOf}: ${words}${unit}, ${claimant.name} said.`,
    notes: null,
    status: 'active',
  };
}
