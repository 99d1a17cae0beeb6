// How well the extractor reads texts its rules were not written against: the held-aside texts in
// tests/fixtures/extract-held-aside, in styles the fixtures do not use (a key-figures table, a
// numbered press release, a live blog, a transcript, a cited encyclopedia paragraph, Spanish), with
// the figures a careful reader records written down by hand. Unlike the fixture test, this score
// can fall, and can rise: the floors sit a little below what the extractor achieved when they were
// set, so a change that reads real texts worse fails here even if every fixture still passes.
import { expect, test } from 'vitest';
import { extractDrafts } from '@/lib/extract/extract';
import type { Draft } from '@/lib/extract/types';
import {
  type ExpectedFigure,
  ExpectedFigures,
  loadFixtures,
} from '@/tests/support/extract-fixtures';

// Set on 2 December 2026 a figure or two below what the extractor then achieved: precision 23/24,
// recall 23/34 (the Spanish item's four figures among the misses: it reads English only); of the
// figures found, claimant 8/23 (it keeps words like "now" or "Prepared by:" in names), qualifier
// 23/23, outcome 22/23. Raise them as the extractor improves; never lower them to let a change in.
const FLOORS = { precision: 0.9, recall: 0.6, claimant: 0.3, qualifier: 0.95, outcome: 0.9 };

const TEXTS = loadFixtures('extract-held-aside', ExpectedFigures);

/** Names compared as a reader would: case, a leading article and spacing aside. */
const normalName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

const isClaimantRight = (want: ExpectedFigure, draft: Draft): boolean =>
  want.claimant === null
    ? draft.claimant === null
    : draft.claimant !== null && want.claimant.map(normalName).includes(normalName(draft.claimant));

type Tally = {
  expected: number;
  proposed: number;
  found: number;
  claimant: number;
  qualifier: number;
  outcome: number;
};

/** Pairs each expected figure with an unused draft of the same value, in the order of the text. */
function scoreText(figures: readonly ExpectedFigure[], drafts: readonly Draft[]): Tally {
  const unused = [...drafts];
  const tally = { expected: figures.length, proposed: drafts.length, found: 0 };
  const right = { claimant: 0, qualifier: 0, outcome: 0 };
  for (const want of figures) {
    const at = unused.findIndex((draft) => draft.value === want.value);
    const [draft] = at < 0 ? [] : unused.splice(at, 1);
    if (!draft) continue;
    tally.found++;
    if (isClaimantRight(want, draft)) right.claimant++;
    if (draft.qualifier === want.qualifier) right.qualifier++;
    if (draft.outcome === want.outcome) right.outcome++;
  }
  return { ...tally, ...right };
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(0)}%`;

test('reads held-aside texts in unseen styles at least as well as it did', () => {
  const total: Tally = {
    expected: 0,
    proposed: 0,
    found: 0,
    claimant: 0,
    qualifier: 0,
    outcome: 0,
  };
  const lines: string[] = [];
  for (const { name, text, options, figures } of TEXTS) {
    const score = scoreText(figures, extractDrafts(text, options).drafts);
    for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += score[key];
    lines.push(
      `  ${name.padEnd(24)} ${score.found}/${score.expected} found, ${score.proposed} proposed; ` +
        `claimant ${score.claimant}, qualifier ${score.qualifier}, outcome ${score.outcome} right`,
    );
  }
  const rates = {
    precision: total.proposed === 0 ? 1 : total.found / total.proposed,
    recall: total.found / total.expected,
    // Of the figures found: whether the extractor read them right.
    claimant: total.found === 0 ? 0 : total.claimant / total.found,
    qualifier: total.found === 0 ? 0 : total.qualifier / total.found,
    outcome: total.found === 0 ? 0 : total.outcome / total.found,
  };
  console.log(
    [
      `extractor on ${TEXTS.length} held-aside texts: ${total.expected} figures, ${total.proposed} proposed`,
      ...lines,
      `  precision ${percent(total.found, total.proposed)}, recall ${percent(total.found, total.expected)}; ` +
        `of those found, claimant ${percent(total.claimant, total.found)}, ` +
        `qualifier ${percent(total.qualifier, total.found)}, outcome ${percent(total.outcome, total.found)} right`,
    ].join('\n'),
  );
  expect(TEXTS.length).toBeGreaterThanOrEqual(8);
  for (const key of Object.keys(FLOORS) as (keyof typeof FLOORS)[]) {
    expect(rates[key], key).toBeGreaterThanOrEqual(FLOORS[key]);
  }
});
