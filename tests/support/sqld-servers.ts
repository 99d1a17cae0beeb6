import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type RunningSqld, type SqldOptions, startSqld } from '@/lib/db-server/sqld';
import { freePort, freePorts } from '@/tests/support/free-ports';

/** A real sqld for one test file, on free ports; `restart` brings it back on the same ports and data. */
export type TestServer = RunningSqld & { restart(): Promise<TestServer> };

/** For hooks that start or stop servers: sqld and a migration take seconds on a loaded machine. */
export const HOOK_TIMEOUT = 60_000;

export const tempDir = (): string => mkdtempSync(path.join(tmpdir(), 'tally-sqld-'));

const running = new Set<RunningSqld>();
// Servers must not outlive a test file that ends without its afterAll; vitest ends a worker with
// SIGTERM, which would otherwise skip the 'exit' handlers.
const killAll = () => running.forEach((server) => server.process.kill('SIGKILL'));
process.on('exit', killAll);
process.once('SIGTERM', () => {
  killAll();
  process.exit(143);
});

async function launch(options: SqldOptions, name: string, dir: string): Promise<TestServer> {
  // sqld's own log, to read when a test fails.
  const server = await startSqld(options, path.join(dir, `${name}.log`));
  running.add(server);
  server.process.once('exit', () => running.delete(server));
  return { ...server, restart: () => launch(options, name, dir) };
}

/** A primary: HTTP for clients, gRPC for its replicas. */
export async function startTestPrimary(dir = tempDir()): Promise<TestServer> {
  // Both at once: two calls to freePort could be given the same port.
  const [httpPort, grpcPort] = await freePorts(2);
  if (httpPort === undefined || grpcPort === undefined) throw new Error('no free ports');
  return launch({ dbPath: path.join(dir, 'primary'), httpPort, grpcPort }, 'primary', dir);
}

/** A read replica following the primary; it forwards writes there. */
export async function startTestReplica(primary: RunningSqld, dir = tempDir()): Promise<TestServer> {
  if (!primary.grpcUrl) throw new Error('a replica follows a primary, which has a gRPC URL');
  const httpPort = await freePort();
  const options = { dbPath: path.join(dir, 'replica'), httpPort, primaryGrpcUrl: primary.grpcUrl };
  return launch(options, 'replica', dir);
}

/** Polls until `read` returns what `done` accepts: replication is asynchronous. */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
