import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { currentDataVersion } from '@/lib/server/data-version';
import { READS, answer, anyQuery, seededSlugs, segmentValue } from '@/tests/unit/property/reads';

// Issue 14, "Conditional requests": a 304 only where the same request would have answered 200.
// An If-None-Match of `*` or of the current tag must not turn a 404 or a 400 into "not modified".

let slugs: string[] = [];
beforeAll(async () => {
  slugs = await seededSlugs();
});

describe.each(READS)('GET $name with If-None-Match', (read) => {
  test('answers 304 only where the same request without it answers 200', async () => {
    const current = `"v${await currentDataVersion()}"`;
    const etag = fc.constantFrom('*', current, `W/${current}`, `"v0", ${current}`);
    await fc.assert(
      fc.asyncProperty(
        segmentValue(slugs),
        anyQuery(read, slugs),
        etag,
        async (segment, query, ifNoneMatch) => {
          const conditional = await answer(read, segment, query, ifNoneMatch);
          const plain = await answer(read, segment, query, null);
          if (conditional.status === 304) expect(plain.status).toBe(200);
          else expect(conditional.status).toBe(plain.status);
        },
      ),
      { numRuns: Math.round((read.runs ?? 60) / 2) },
    );
  });
});
