// `npm run bench [-- --quick]`: Tally at a million claims (100,000 with --quick), each figure beside
// a floor measured in the same run, since this machine is shared and noisy. See the README's
// "Performance" section for what each floor is and how to read the table.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIfStale, NEXT_BIN, nextEnv } from '@/lib/cli/build';
import { type Instance, startInstance, startServer } from '@/tests/support/app-instances';
import { floorImport } from './floor-import';
import { type Load, measureLoad } from './load';
import { buildFloorApp, pageScriptSize } from './script-size';
import { BIG_METRIC, writeSyntheticClaims } from './synthetic-claims';

const SEED = 20261201;
const WORK = path.join('data', 'bench');
const API_PATH = `/api/metrics/${BIG_METRIC}/claims?limit=1000`;
const PAGE_PATH = `/metrics/${BIG_METRIC}`;

type Figure = {
  figure: string;
  tally: number;
  floor: number;
  ratio: number;
  target: string;
  met: boolean | null;
};

function figure(name: string, tally: number, floor: number, target?: ['≥' | '≤', number]): Figure {
  const ratio = Math.round((tally / floor) * 100) / 100;
  const met = target ? (target[0] === '≥' ? ratio >= target[1] : ratio <= target[1]) : null;
  return { figure: name, tally, floor, ratio, target: target ? target.join(' ') : '—', met };
}

const log = (message: string) =>
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    rmSync(`${file}${suffix}`, { force: true });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean' }, seconds: { type: 'string' } },
  });
  const claims = values.quick ? 100_000 : 1_000_000;
  const seconds = Number(values.seconds ?? (values.quick ? 5 : 10));
  mkdirSync(WORK, { recursive: true });

  log(`writing ${claims.toLocaleString('en')} synthetic claims (seed ${SEED})`);
  const csv = path.join(WORK, `claims-${claims}.csv`);
  writeSyntheticClaims(csv, claims, SEED);
  const csvBytes = statSync(csv).size;

  const database = path.join(WORK, `tally-${claims}.db`);
  const imported = importThroughTally(csv, database, claims);
  log(`Tally's import: ${imported.rowsPerS} rows/s (${imported.seconds} s)`);
  const floorDatabase = path.join(WORK, `floor-${claims}.db`);
  removeDatabase(floorDatabase);
  const floorStart = performance.now();
  const floorRows = await floorImport(csv, floorDatabase);
  const floorSeconds = (performance.now() - floorStart) / 1000;
  const floorRowsPerS = Math.round(floorRows / floorSeconds);
  log(`floor import: ${floorRowsPerS} rows/s (${floorSeconds.toFixed(1)} s)`);

  buildIfStale();
  log('building the floor app (a bare page with one Recharts line chart)');
  const floorAppDir = path.join(WORK, 'floor-app');
  buildFloorApp(floorAppDir);

  const { statements, apiUncachedMs } = await captureStatements(database);
  if (!statements['/claims'].some((statement) => /from "claims"/.test(statement.sql)))
    throw new Error('the claims page statement was not captured: is the query log on?');
  const statementsFile = path.join(WORK, 'floor-statements.json');
  writeFileSync(statementsFile, JSON.stringify(statements));

  const figures: Figure[] = [];
  const extra: Record<string, number> = { api_answer_not_in_memory_ms: apiUncachedMs };
  await withServer(
    () => startInstance('bench-app', { DATABASE_URL: `file:${database}` }, WORK),
    async (app) => {
      await withServer(
        () =>
          startServer({
            name: 'bench-floor-server',
            command: 'node_modules/.bin/tsx',
            args: ['tests/bench/floor-server.ts', database, statementsFile],
            env: process.env,
            readyPath: '/claims',
            logDir: WORK,
          }),
        async (floor) => {
          const loads = await measureAll(app.url, floor.url, seconds);
          figures.push(...loadFigures(loads));
        },
      );
      const page = await fetch(`${app.url}${PAGE_PATH}`);
      extra.metric_page_html_bytes = (await page.arrayBuffer()).byteLength;
      const tallyScripts = await pageScriptSize(`${app.url}${PAGE_PATH}`);
      await withServer(
        () =>
          startServer({
            name: 'bench-floor-app',
            command: NEXT_BIN,
            args: ['start', floorAppDir, '-p', '{port}', '-H', '127.0.0.1'],
            env: nextEnv(),
            readyPath: '/',
            logDir: WORK,
          }),
        async (floorApp) => {
          const floorScripts = await pageScriptSize(`${floorApp.url}/`);
          figures.push(
            figure(
              '(e) JS for /metrics/[slug], gzip bytes',
              tallyScripts.gzip_bytes,
              floorScripts.gzip_bytes,
              ['≤', 1.15],
            ),
          );
          extra.metric_page_scripts = tallyScripts.scripts;
          extra.floor_page_scripts = floorScripts.scripts;
        },
      );
    },
  );
  figures.push(figure('(d) import, rows/s', imported.rowsPerS, floorRowsPerS, ['≥', 0.5]));
  // (a) to (e) in order; sort is stable, so each letter keeps its rows' order.
  figures.sort((x, y) => x.figure.slice(0, 3).localeCompare(y.figure.slice(0, 3)));

  console.table(figures);
  const results = {
    measured_at: new Date().toISOString(),
    mode: values.quick ? 'quick' : 'full',
    claims,
    csv_bytes: csvBytes,
    load_seconds: seconds,
    machine: { cpus: os.cpus().length, node: process.version },
    figures,
    extra,
  };
  const out = path.join('tests', 'bench', values.quick ? 'results-quick.json' : 'results.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${out}`);
}

/** The CLI's import, as an operator runs it, into a new database; timed from outside. */
function importThroughTally(csv: string, database: string, claims: number) {
  removeDatabase(database);
  const start = performance.now();
  const result = spawnSync(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'lib/cli/main.ts', 'import', csv],
    { env: { ...process.env, DATABASE_URL: `file:${database}` }, encoding: 'utf8' },
  );
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0 || !result.stdout.includes(`${claims} inserted`))
    throw new Error(`import failed (${result.status}):\n${result.stdout}${result.stderr}`);
  return { seconds: Math.round(seconds * 10) / 10, rowsPerS: Math.round(claims / seconds) };
}

type Statement = { sql: string; params: unknown[] };

/**
 * The statements each page makes when it computes its answer, read from the app's query log: the
 * floors run exactly these. Reads of the data_version counter are left out: they are Tally's
 * caching, which the floors do not have. The API keeps whole answers in memory, so its statements
 * are read from the first request for its URL, after a request for another page of the same
 * metric has computed the metric's checks (kept per metric, not per URL). The home page keeps its
 * figures per data version, so its statements come from its first request. Also returns how long
 * that first API request took: the cost of an answer that is not in memory.
 */
async function captureStatements(database: string) {
  const queryLog = path.join(WORK, 'queries.jsonl');
  rmSync(queryLog, { force: true });
  const logged = () => (existsSync(queryLog) ? readFileSync(queryLog, 'utf8') : '');
  const capture = async (app: Instance, pagePath: string) => {
    const before = logged().length;
    const start = performance.now();
    await fetch(`${app.url}${pagePath}`).then((r) => r.arrayBuffer());
    const ms = Math.round(performance.now() - start);
    const statements = logged()
      .slice(before)
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Statement)
      .filter((statement) => !statement.sql.includes('"data_version"'));
    return { statements, ms };
  };
  return withServer(
    () =>
      startInstance('bench-capture', { DATABASE_URL: `file:${database}` }, WORK, {
        TALLY_QUERY_LOG: queryLog,
      }),
    async (app) => {
      await capture(app, API_PATH.replace('limit=1000', 'limit=1'));
      const api = await capture(app, API_PATH);
      const home = await capture(app, '/');
      return {
        statements: { '/claims': api.statements, '/home': home.statements },
        apiUncachedMs: api.ms,
      };
    },
  );
}

type Loads = Record<
  | 'apiAt10'
  | 'apiAt1'
  | 'floorAt10'
  | 'floorAt1'
  | 'pageAt10'
  | 'pageAt1'
  | 'homeAt1'
  | 'floorHomeAt1',
  Load
>;

async function measureAll(app: string, floor: string, seconds: number): Promise<Loads> {
  const run = async (label: string, url: string, connections: number) => {
    log(`load: ${label}, ${connections} connection${connections > 1 ? 's' : ''}, ${seconds} s`);
    return measureLoad(url, connections, seconds);
  };
  return {
    apiAt10: await run('API claims page', `${app}${API_PATH}`, 10),
    apiAt1: await run('API claims page', `${app}${API_PATH}`, 1),
    floorAt10: await run('floor of the claims page', `${floor}/claims`, 10),
    floorAt1: await run('floor of the claims page', `${floor}/claims`, 1),
    pageAt10: await run('metric page', `${app}${PAGE_PATH}`, 10),
    pageAt1: await run('metric page', `${app}${PAGE_PATH}`, 1),
    homeAt1: await run('home page', `${app}/`, 1),
    floorHomeAt1: await run('floor of the home page', `${floor}/home`, 1),
  };
}

function loadFigures(l: Loads): Figure[] {
  return [
    figure(
      '(a) API claims page, req/s at 10 conn.',
      l.apiAt10.requests_per_s,
      l.floorAt10.requests_per_s,
      ['≥', 0.7],
    ),
    figure('(a) API claims page, p50 ms at 1 conn.', l.apiAt1.p50_ms, l.floorAt1.p50_ms),
    figure('(a) API claims page, p97.5 ms at 1 conn.', l.apiAt1.p97_5_ms, l.floorAt1.p97_5_ms, [
      '≤',
      1.5,
    ]),
    figure(
      '(b) metric page, req/s at 10 conn.',
      l.pageAt10.requests_per_s,
      l.floorAt10.requests_per_s,
    ),
    figure('(b) metric page, p50 ms at 1 conn.', l.pageAt1.p50_ms, l.floorAt1.p50_ms),
    figure('(b) metric page, p97.5 ms at 1 conn.', l.pageAt1.p97_5_ms, l.floorAt1.p97_5_ms, [
      '≤',
      3,
    ]),
    figure('(c) home page, p50 ms at 1 conn.', l.homeAt1.p50_ms, l.floorHomeAt1.p50_ms),
    figure('(c) home page, p97.5 ms at 1 conn.', l.homeAt1.p97_5_ms, l.floorHomeAt1.p97_5_ms, [
      '≤',
      3,
    ]),
  ];
}

async function withServer<T>(
  start: () => Promise<Instance>,
  work: (server: Instance) => Promise<T>,
): Promise<T> {
  const server = await start();
  try {
    return await work(server);
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
