/** DESIGN.md: a write body over 1 MB gets 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/** Reads a JSON body, refusing one over the limit before and while it arrives. */
export async function readJsonBody(request: Request): Promise<BodyResult> {
  const tooLarge = (): BodyResult => ({
    ok: false,
    response: Response.json({ error: 'too_large', limit_bytes: MAX_BODY_BYTES }, { status: 413 }),
  });
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return tooLarge();
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) return tooLarge();
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return {
      ok: false,
      response: Response.json(
        { error: 'invalid', fields: { body: ['Send one JSON object in UTF-8'] } },
        { status: 400 },
      ),
    };
  }
}
