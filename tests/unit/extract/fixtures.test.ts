import { describe, expect, test } from 'vitest';
import { extractDrafts } from '@/lib/extract/extract';
import { FIXTURES, readFixture } from './fixtures';

describe.each(FIXTURES)('$file', ({ file, options, expected, message }) => {
  const text = readFixture(file);
  const result = extractDrafts(text, options);

  test('proposes exactly the figures written down for it', () => {
    expect(result.drafts.map((d) => d.value)).toEqual(expected.map((d) => d.value));
    expect(result.message).toBe(message);
  });

  test.each(expected.map((draft, index) => [index, draft] as const))(
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
