import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractDrafts } from '@/lib/extract/extract';

// The article Tally's seed data comes from, kept in the repo so the test runs wherever it does.
const TEXT = readFileSync(
  path.resolve(import.meta.dirname, '../../fixtures/extract/seed-article.txt'),
  'utf8',
);
const SYRIA_SENTENCE =
  "The death toll from the violence in northwestern Syria has risen to over 1,000 people in just two days, including 745 civilians, who were killed mostly execution-style, 125 militants belonging to the country’s Hay'at Tahrir al-Sham [HTS]-led regime, and nearly 150 members of opposition groups, the so-called Syrian Observatory for Human Rights, a UK-based monitor said on Sunday.";
const GAZA_SENTENCE =
  'Elsewhere in his remarks, the spokesman addressed “Israel’s” ongoing genocidal atrocities against Palestinians in the Gaza Strip that have claimed the lives of at least 48,450 people, mostly women and children.';

const { drafts, message } = extractDrafts(TEXT, { published: '2025-03-10' });
const SOHR = 'Syrian Observatory for Human Rights';

describe('the seed article', () => {
  test('gives exactly its five figures, in the order of the text', () => {
    expect(message).toBeUndefined();
    expect(drafts.map((d) => d.value)).toEqual([1000, 745, 125, 150, 48450]);
  });

  test('reads each figure with its qualifier, claimant and what it counts', () => {
    const monitor = {
      claimant: SOHR,
      attribution: 'reported',
      outcome: 'killed',
      unit: 'people',
      stated_on: '2025-03-09',
      as_of: '2025-03-09',
      via: null,
      quote: SYRIA_SENTENCE,
    };
    expect(drafts[0]).toMatchObject({
      ...monitor,
      value: 1000,
      qualifier: 'more_than',
      counted: 'people',
      part_of: null,
      parts_complete: false,
      claimant_kind: 'monitor',
      claimant_description: 'UK-based monitor',
    });
    expect(drafts[1]).toMatchObject({
      ...monitor,
      value: 745,
      qualifier: 'exact',
      counted: 'civilians',
    });
    expect(drafts[2]).toMatchObject({
      ...monitor,
      value: 125,
      qualifier: 'exact',
      counted: 'militants',
    });
    expect(drafts[3]).toMatchObject({
      ...monitor,
      value: 150,
      qualifier: 'nearly',
      counted: 'members of opposition groups',
    });
    expect(drafts[4]).toMatchObject({
      value: 48450,
      qualifier: 'at_least',
      claimant: null,
      claimant_kind: null,
      attribution: 'unattributed',
      counted: 'people',
      outcome: 'killed',
      as_of: '2025-03-10',
      stated_on: '2025-03-10',
      part_of: null,
      quote: GAZA_SENTENCE,
    });
  });

  test('links the three parts to the total, as a partial breakdown', () => {
    expect(drafts.map((d) => d.part_of)).toEqual([null, 0, 0, 0, null]);
    expect(drafts[0]?.parts_complete).toBe(false);
  });

  test('reads "in just two days" as the period up to the day the monitor spoke', () => {
    expect(drafts[0]).toMatchObject({ period_start: '2025-03-08', period_end: '2025-03-09' });
  });

  test('says in the notes how the dates were inferred', () => {
    expect(drafts[0]?.notes).toContain('on Sunday');
  });

  test('gives the offsets of each number as JavaScript string indexes', () => {
    const spans = drafts.map((d) => TEXT.slice(d.start, d.end));
    expect(spans).toEqual(['1,000', '745', '125', '150', '48,450']);
    expect(drafts[0]?.start).toBe(TEXT.indexOf('1,000 people'));
  });

  test('proposes nothing from weekdays, "two days", "Two nights" or the Genocide Convention', () => {
    for (const word of ['Monday', 'Thursday', 'two days', 'Two nights', 'Genocide Convention']) {
      const at = TEXT.indexOf(word);
      expect(at).toBeGreaterThan(-1);
      expect(drafts.some((d) => d.start >= at && d.start < at + word.length)).toBe(false);
    }
    expect(drafts.filter((d) => d.value === 1000)).toHaveLength(1);
  });

  test('reads the same without a publication date, leaving the days open and flagged', () => {
    const undated = extractDrafts(TEXT, {}).drafts;
    expect(undated.map((d) => d.value)).toEqual([1000, 745, 125, 150, 48450]);
    expect(undated[0]).toMatchObject({ as_of: null, stated_on: null });
    expect(undated[0]?.flags).toContain('no_date');
  });
});
