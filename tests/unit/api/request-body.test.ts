import { describe, expect, test } from 'vitest';
import { MAX_BODY_BYTES, MAX_JSON_DEPTH, jsonDepth, readJsonBody } from '@/lib/api/request-body';

/** A POST whose body is streamed in 64 KB chunks (no Content-Length), counting what was pulled. */
function streamedRequest(totalBytes: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const counter = { pulled: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= totalBytes) return controller.close();
      counter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const request = new Request('http://tally.test/api/claims', {
    method: 'POST',
    body,
    duplex: 'half',
  } as RequestInit);
  return { request, counter };
}

const jsonRequest = (body: BodyInit) =>
  new Request('http://tally.test/api/claims', { method: 'POST', body });

async function fieldsOf(response: Response) {
  return ((await response.json()) as { fields: Record<string, string[]> }).fields;
}

describe('readJsonBody', () => {
  test('stops reading a streamed body just past 1 MB and answers 413', async () => {
    const { request, counter } = streamedRequest(300 * 1024 * 1024);
    const result = await readJsonBody(request);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.status).toBe(413);
    expect(await result.response.json()).toEqual({
      error: 'too_large',
      limit_bytes: MAX_BODY_BYTES,
    });
    expect(counter.pulled).toBeLessThan(MAX_BODY_BYTES + 256 * 1024);
  });

  test('refuses a declared length over 1 MB without reading', async () => {
    const request = new Request('http://tally.test/api/claims', {
      method: 'POST',
      body: '{}',
      headers: { 'content-length': String(MAX_BODY_BYTES + 1) },
    });
    const result = await readJsonBody(request);
    expect(!result.ok && result.response.status).toBe(413);
  });

  test('refuses JSON nested 5,000 levels deep with a 400 naming the body', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const result = await readJsonBody(jsonRequest(deep));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.status).toBe(400);
    expect((await fieldsOf(result.response)).body?.[0]).toMatch(/32 levels/);
  });

  test('takes JSON nested up to the limit', async () => {
    const deep = `${'{"a":'.repeat(MAX_JSON_DEPTH - 1)}{}${'}'.repeat(MAX_JSON_DEPTH - 1)}`;
    expect((await readJsonBody(jsonRequest(deep))).ok).toBe(true);
  });

  test('refuses a body that is not UTF-8, or not JSON, naming the body', async () => {
    for (const body of [new Uint8Array([0x7b, 0xff, 0x7d]), '{"metric":']) {
      const result = await readJsonBody(jsonRequest(body));
      expect(!result.ok && result.response.status).toBe(400);
      if (!result.ok) expect(Object.keys(await fieldsOf(result.response))).toEqual(['body']);
    }
  });
});

test.each([
  ['{}', 1],
  ['[[{"a":[1]}]]', 4],
  ['{"quote":"[[[[{{{{"}', 1],
  ['{"quote":"a \\" [[[["}', 1],
  ['"just a string"', 0],
  ['[1,[2,[3]],[4]]', 3],
])('jsonDepth(%s) is %i', (text, depth) => {
  expect(jsonDepth(text)).toBe(depth);
});
