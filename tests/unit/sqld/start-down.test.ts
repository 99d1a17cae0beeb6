// `npm start` against a libSQL server that is not there: a message naming the variable, exit 2.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from '@/tests/support/free-ports';
import { tempDir } from '@/tests/support/sqld-servers';

/** Runs `npm start`'s script; each case here fails before it would build or serve. */
function start(
  env: Record<string, string>,
): Promise<{ status: number | null; stderr: string; ms: number }> {
  const began = Date.now();
  const child = spawn('node_modules/.bin/tsx', ['--conditions=react-server', 'lib/cli/start.ts'], {
    env: { PATH: process.env.PATH, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // Never leave a hanging start behind, whatever the assertions say.
  const kill = setTimeout(() => child.kill('SIGKILL'), 35_000);
  return new Promise((resolve) =>
    child.on('exit', (status) => {
      clearTimeout(kill);
      resolve({ status, stderr, ms: Date.now() - began });
    }),
  );
}

let closedPort: number;
// Accepts connections and never answers: a server that hangs rather than refuses.
const held = new Set<net.Socket>();
const silent = net.createServer((socket) => held.add(socket));
let silentPort: number;

beforeAll(async () => {
  closedPort = await freePort();
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const address = silent.address();
  silentPort = typeof address === 'object' && address ? address.port : 0;
});
afterAll(() => {
  held.forEach((socket) => socket.destroy());
  return new Promise((resolve) => silent.close(resolve));
});

// Bounds are generous for a loaded machine; a hang would last minutes (undici waits 300 s).
describe('npm start on a libSQL server that is down', { timeout: 40_000 }, () => {
  test('DATABASE_URL=http://… with nothing listening exits 2 within seconds', async () => {
    const url = `http://127.0.0.1:${closedPort}`;
    const { status, stderr, ms } = await start({ DATABASE_URL: url });
    expect(status).toBe(2);
    expect(stderr).toMatch(
      new RegExp(
        `^tally: DATABASE_URL: cannot open and migrate the database at ${url}:.*cannot reach`,
        'm',
      ),
    );
    expect(ms).toBeLessThan(20_000);
  });

  test('an embedded replica whose DATABASE_SYNC_URL refuses exits 2, naming both variables', async () => {
    const { status, stderr } = await start({
      DATABASE_URL: `file:${path.join(tempDir(), 'replica.db')}`,
      DATABASE_SYNC_URL: `http://127.0.0.1:${closedPort}`,
    });
    expect(status).toBe(2);
    expect(stderr).toMatch(
      /^tally: DATABASE_URL: .*DATABASE_SYNC_URL: cannot sync with the primary/m,
    );
  });

  test('an embedded replica whose primary never answers exits 2 instead of hanging', async () => {
    const { status, stderr, ms } = await start({
      DATABASE_URL: `file:${path.join(tempDir(), 'replica.db')}`,
      DATABASE_SYNC_URL: `http://127.0.0.1:${silentPort}`,
    });
    expect(status).toBe(2);
    expect(stderr).toMatch(/DATABASE_SYNC_URL: cannot sync with the primary .*: no answer within/);
    expect(ms).toBeLessThan(20_000);
  });
});
