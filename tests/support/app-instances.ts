import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import { isBuildStale } from '@/lib/cli/build';
import { freePort } from '@/tests/support/free-ports';

/** The variables an instance's database comes from; anything else is inherited. */
export type DatabaseEnv = {
  DATABASE_URL: string;
  DATABASE_SYNC_URL?: string;
  DATABASE_SYNC_INTERVAL?: string;
};

/** This run's environment without the e2e file database's settings, plus the given database. */
function envFor(database: DatabaseEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...database };
  delete env.TALLY_QUERY_LOG;
  if (!database.DATABASE_SYNC_URL) delete env.DATABASE_SYNC_URL;
  return env;
}

/** Runs the CLI against a database, as an operator would. */
export function tallyOn(
  database: DatabaseEnv,
  args: string[],
  input?: string,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'lib/cli/main.ts', ...args],
    { env: envFor(database), input, encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export type Instance = { url: string; stop(): Promise<void> };

/**
 * One app instance through `npm start`'s script (migrate, seed when empty, `next start`) on a free
 * port, its output in `<logDir>/<name>.log`. The test script builds before e2e, so none builds here.
 */
export async function startInstance(
  name: string,
  database: DatabaseEnv,
  logDir: string,
  extraEnv: Record<string, string> = {},
): Promise<Instance> {
  // Instances start side by side: each would run its own `next build` into the one .next.
  if (isBuildStale()) throw new Error('the build is missing or stale: run `next build` first');
  return startServer({
    name,
    command: 'node_modules/.bin/tsx',
    args: ['--conditions=react-server', 'lib/cli/start.ts'],
    env: { ...envFor(database), ...extraEnv },
    readyPath: '/api/metrics',
    logDir,
  });
}

export type ServerOptions = {
  name: string;
  command: string;
  /** Arguments; `{port}` in one is replaced by the free port chosen. */
  args: string[];
  env: NodeJS.ProcessEnv;
  /** A path that answers 2xx once the server is ready. */
  readyPath: string;
  logDir: string;
};

/** Starts a server on a free port (given as PORT and as `{port}` in the arguments) in a process group of its own. */
export async function startServer(options: ServerOptions): Promise<Instance> {
  const port = await freePort();
  const log = openSync(path.join(options.logDir, `${options.name}.log`), 'a');
  // A group of its own: stopping it must reach next-server too, not only start.ts.
  const child = spawn(
    options.command,
    options.args.map((arg) => arg.replaceAll('{port}', String(port))),
    { env: { ...options.env, PORT: String(port) }, stdio: ['ignore', log, log], detached: true },
  );
  closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopGroup(child);
  try {
    await waitForServer(`${url}${options.readyPath}`, child);
  } catch (error) {
    await stop();
    throw new Error(
      `${options.name}: ${error instanceof Error ? error.message : error}; see ${options.logDir}/${options.name}.log`,
    );
  }
  return { url, stop };
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no answer on ${url} within ${timeoutMs} ms`);
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    return Promise.resolve();
  }
  const group = -child.pid;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(group, name);
    } catch {
      // The group has already gone.
    }
  };
  return new Promise((resolve) => {
    const force = setTimeout(() => signal('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    signal('SIGTERM');
  });
}
