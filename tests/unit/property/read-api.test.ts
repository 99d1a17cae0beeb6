import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  READS,
  answer,
  anyEtag,
  anyQuery,
  seededSlugs,
  segmentValue,
} from '@/tests/unit/property/reads';

// Every JSON read of the API under any query, path segment and If-None-Match: never a 5xx or a
// throw, and a 400 names the parameters at fault.

let slugs: string[] = [];
beforeAll(async () => {
  slugs = await seededSlugs();
});

describe.each(READS)('GET $name under hostile input', (read) => {
  test('never a 5xx or a throw; a 400 is JSON naming only parameters it was sent or reads', async () => {
    await fc.assert(
      fc.asyncProperty(
        segmentValue(slugs),
        anyQuery(read, slugs),
        anyEtag,
        async (segment, query, etag) => {
          const { status, type, body } = await answer(read, segment, query, etag);
          expect(status).toBeLessThan(500);
          if (status === 304) expect(body).toBe('');
          if (status !== 400) return;
          expect(type).toMatch(/^application\/json/);
          const error = JSON.parse(body) as { error: string; fields: Record<string, string[]> };
          expect(error.error).toBe('invalid');
          const sent = [...new URL(`http://x/?${query}`).searchParams.keys()];
          const named = Object.keys(error.fields);
          expect(named.length).toBeGreaterThan(0);
          for (const field of named) expect([...read.params, ...sent]).toContain(field);
        },
      ),
      { numRuns: read.runs ?? 60 },
    );
  });
});
