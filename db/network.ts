import 'server-only';

// A server that accepts connections but never answers would hold a request (and `npm start`) for
// minutes; one HTTP request is one statement or batch, which Tally keeps far below this.
const REQUEST_TIMEOUT_MS = 15_000;
export const PROBE_TIMEOUT_MS = 3_000;

/** fetch for the libSQL client: bounded in time, and failing with a message that names the server. */
export function timedFetch(request: Request): Promise<Response> {
  return fetch(request, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).catch(
    (error: unknown) => {
      const reason = networkReason(error, REQUEST_TIMEOUT_MS);
      const origin = new URL(request.url).origin;
      throw new Error(`cannot reach the database server at ${origin}: ${reason}`, { cause: error });
    },
  );
}

/** Why a request failed, in one line: a timeout, the system error code, or the first line. */
export function networkReason(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  if (cause instanceof Error && 'code' in cause) return `${error.message} (${String(cause.code)})`;
  return firstLine(error.message);
}

export function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}

/** The HTTP origin of a libsql:, ws(s): or http(s): URL (`libsql://` means TLS unless `?tls=0`). */
export function httpOrigin(url: string): string {
  const parsed = new URL(url);
  const plain =
    parsed.protocol === 'http:' ||
    parsed.protocol === 'ws:' ||
    (parsed.protocol === 'libsql:' && parsed.searchParams.get('tls') === '0');
  return `${plain ? 'http' : 'https'}://${parsed.host}`;
}

/**
 * Why the server at `url` cannot be reached, or null when its /health answers. libSQL's native
 * sync blocks the whole process while it waits, and waits without end for a server that accepts
 * connections but does not answer: it only starts once the server answers.
 */
export async function unreachable(url: string): Promise<string | null> {
  const probe = fetch(`${httpOrigin(url)}/health`, {
    signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
  });
  return probe.then(
    () => null,
    (error: unknown) => networkReason(error, PROBE_TIMEOUT_MS),
  );
}
