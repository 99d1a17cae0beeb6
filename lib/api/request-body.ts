import { invalidResponse, tooLargeResponse } from '@/lib/api/responses';
import { MAX_BODY_BYTES } from '@/lib/http/body-limits';

export { MAX_BODY_BYTES };

/** No body Tally takes nests deeper than a few levels; JSON.parse recurses once per level. */
export const MAX_JSON_DEPTH = 32;

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

const tooLarge = (): BodyResult => ({ ok: false, response: tooLargeResponse(MAX_BODY_BYTES) });
const invalid = (message: string): BodyResult => ({
  ok: false,
  response: invalidResponse({ body: [message] }),
});

/**
 * Reads a JSON body, refusing one over the limit before it arrives (Content-Length) and as soon
 * as it passes the limit while it arrives (a chunked body): the rest is never read.
 */
export async function readJsonBody(request: Request): Promise<BodyResult> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return tooLarge();
  const bytes = await readUpTo(request, MAX_BODY_BYTES);
  if (bytes === null) return tooLarge();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return invalid('Send one JSON object in UTF-8');
  }
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    return invalid(`Nest the JSON at most ${MAX_JSON_DEPTH} levels deep`);
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return invalid('Send one JSON object in UTF-8');
  }
}

/** The body's bytes, or null as soon as there are more than `limit` of them. */
async function readUpTo(request: Request, limit: number): Promise<Uint8Array | null> {
  if (request.body === null) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * How deeply a JSON text nests arrays and objects, counted in one pass without parsing (brackets
 * inside strings do not count). Malformed text is left for JSON.parse to refuse.
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (char === 0x5d || char === 0x7d) depth--;
  }
  return deepest;
}
