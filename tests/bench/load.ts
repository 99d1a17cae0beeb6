import autocannon from 'autocannon';

export type Load = {
  requests_per_s: number;
  p50_ms: number;
  /** autocannon reports no p95: this is the next percentile above it, p97.5. */
  p97_5_ms: number;
  requests: number;
};

/**
 * Loads `url` with autocannon on loopback for `seconds`, after a warm-up of its own, and fails on
 * any error or non-2xx answer: a fast error page must not pass for a fast page.
 */
export async function measureLoad(
  url: string,
  connections: number,
  seconds: number,
): Promise<Load> {
  await autocannon({ url, connections, duration: Math.min(3, seconds) });
  const result = await autocannon({ url, connections, duration: seconds });
  if (result.errors > 0 || result.non2xx > 0 || result.timeouts > 0)
    throw new Error(
      `${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers`,
    );
  return {
    requests_per_s: round(result.requests.average),
    p50_ms: round(result.latency.p50),
    p97_5_ms: round(result.latency.p97_5),
    requests: result.requests.total,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
