import { invalidResponse, tooLargeResponse } from '@/lib/api/responses';

/** DESIGN.md: a write body over 1 MB gets 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/** Reads a JSON body, refusing one over the limit before and while it arrives. */
export async function readJsonBody(request: Request): Promise<BodyResult> {
  const tooLarge = (): BodyResult => ({ ok: false, response: tooLargeResponse(MAX_BODY_BYTES) });
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return tooLarge();
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) return tooLarge();
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return { ok: true, value };
  } catch {
    return {
      ok: false,
      response: invalidResponse({ body: ['Send one JSON object in UTF-8'] }),
    };
  }
}
