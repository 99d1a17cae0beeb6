// Precision and recall over the hand-written fixtures, as the issue asks them reported: a figure
// counts as found when a draft has its value, and as right when claimant and qualifier match too.
import { expect, test } from 'vitest';
import { extractDrafts } from '@/lib/extract/extract';
import { FIXTURES, readFixture } from './fixtures';

test('finds at least 9 in 10 figures with the right claimant and qualifier, proposing little else', () => {
  let expected = 0;
  let proposed = 0;
  let found = 0;
  let right = 0;
  for (const fixture of FIXTURES) {
    const { drafts } = extractDrafts(readFixture(fixture.file), fixture.options);
    const unused = [...drafts];
    expected += fixture.expected.length;
    proposed += drafts.length;
    for (const want of fixture.expected) {
      const at = unused.findIndex((d) => d.value === want.value);
      if (at < 0) continue;
      const [draft] = unused.splice(at, 1);
      found++;
      const isClaimantRight = want.claimant === undefined || draft.claimant === want.claimant;
      if (isClaimantRight && draft.qualifier === want.qualifier) right++;
    }
  }
  const precision = found / proposed;
  const recall = found / expected;
  console.log(
    `extractor on ${FIXTURES.length} texts: ${expected} figures, ${proposed} proposed, ` +
      `precision ${(100 * precision).toFixed(1)}%, recall ${(100 * recall).toFixed(1)}%, ` +
      `claimant and qualifier right ${right}/${expected}`,
  );
  expect(recall).toBeGreaterThanOrEqual(0.9);
  expect(precision).toBeGreaterThanOrEqual(0.9);
  expect(right / expected).toBeGreaterThanOrEqual(0.9);
});
