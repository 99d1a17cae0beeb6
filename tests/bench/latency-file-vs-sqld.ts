// Median latency of GET /api/metrics/[slug]/claims on a built app, per database: a libSQL file,
// sqld on loopback over HTTP, and an embedded replica of that sqld. Run after `next build`:
//   npx tsx tests/bench/latency-file-vs-sqld.ts [--requests 500]
// Every request goes to 127.0.0.1; each loop is bounded by its count.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isBuildStale } from '@/lib/cli/build';
import { type DatabaseEnv, startInstance, tallyOn } from '@/tests/support/app-instances';
import { startTestPrimary } from '@/tests/support/sqld-servers';

const DATA = 'tests/fixtures/import/gaza-first90.csv';
const PATH = '/api/metrics/gaza-killed/claims';
const WARM_UP = 50;

type Result = { database: string; requests: number; median_ms: number; p95_ms: number };

function quantile(sorted: readonly number[], q: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  if (value === undefined) throw new Error('no requests were timed');
  return value;
}

/** Serves `env` and times the requests; `importInto` first gets the real data (none: it has it). */
async function measure(
  database: string,
  env: DatabaseEnv,
  importInto: DatabaseEnv | null,
  requests: number,
  dir: string,
): Promise<Result> {
  const instance = await startInstance(database.replaceAll(' ', '-'), env, dir);
  try {
    const imported = importInto ? tallyOn(importInto, ['import', DATA]) : null;
    if (imported && imported.status !== 0)
      throw new Error(`import into ${database}: ${imported.stderr}`);
    const url = `${instance.url}${PATH}`;
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + requests; i++) {
      const began = performance.now();
      const response = await fetch(url);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${database}: GET ${PATH} answered ${response.status}`);
      if (i >= WARM_UP) times.push(performance.now() - began);
    }
    times.sort((x, y) => x - y);
    const round = (ms: number) => Math.round(ms * 100) / 100;
    return {
      database,
      requests,
      median_ms: round(quantile(times, 0.5)),
      p95_ms: round(quantile(times, 0.95)),
    };
  } finally {
    await instance.stop();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { requests: { type: 'string', default: '500' } } });
  const requests = Math.min(10_000, Math.max(1, Number(values.requests) || 500));
  if (isBuildStale()) throw new Error('the build is missing or stale: run `next build` first');

  const dir = mkdtempSync(path.join(tmpdir(), 'tally-bench-'));
  const sqld = await startTestPrimary(dir);
  const results: Result[] = [];
  try {
    const file = { DATABASE_URL: `file:${path.join(dir, 'file.db')}` };
    results.push(await measure('file', file, file, requests, dir));
    const server = { DATABASE_URL: sqld.url };
    results.push(await measure('sqld', server, server, requests, dir));
    // Started after the import into sqld: its first sync, before it serves, brings the data.
    const replica = {
      DATABASE_URL: `file:${path.join(dir, 'replica', 'replica.db')}`,
      DATABASE_SYNC_URL: sqld.url,
    };
    results.push(await measure('embedded replica of sqld', replica, null, requests, dir));
  } finally {
    await sqld.stop();
  }
  console.table(results);
  const out = path.join('tests', 'bench', 'results');
  mkdirSync(out, { recursive: true });
  const measuredAt = new Date().toISOString();
  writeFileSync(
    path.join(out, 'latency-file-vs-sqld.json'),
    `${JSON.stringify({ measuredAt, path: PATH, results }, null, 2)}\n`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
