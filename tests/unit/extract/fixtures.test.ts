// Each text in tests/fixtures/extract against the drafts written down beside it, before the
// extractor, in <name>.expected.json.
import { describe, expect, test } from 'vitest';
import { extractDrafts } from '@/lib/extract/extract';
import {
  ExpectedDrafts,
  loadFixtures,
  textsWithoutExpectations,
} from '@/tests/support/extract-fixtures';

const FIXTURES = loadFixtures('extract', ExpectedDrafts);

test('every text has its expected drafts beside it, the seed article aside', () => {
  // The seed article has a test of its own, seed-article.test.ts.
  expect(textsWithoutExpectations('extract')).toEqual(['seed-article.txt']);
  expect(FIXTURES.length).toBeGreaterThanOrEqual(12);
});

describe.each(FIXTURES)('$name', ({ text, options, drafts, message }) => {
  const result = extractDrafts(text, options);

  test('proposes exactly the figures written down for it', () => {
    expect(result.drafts.map((d) => d.value)).toEqual(drafts.map((d) => d.value));
    expect(result.message).toBe(message);
  });

  test.each(drafts.map((draft, index) => [index, draft] as const))(
    'draft %i has the expected fields',
    (index, draft) => {
      expect(result.drafts[index]).toMatchObject(draft);
    },
  );

  test('quotes each figure verbatim and points at its number', () => {
    for (const draft of result.drafts) {
      expect(text).toContain(draft.quote);
      expect(draft.quote).toContain(text.slice(draft.start, draft.end));
      expect(text.slice(draft.start, draft.end)).toMatch(/\d|[a-z]/i);
    }
  });
});
