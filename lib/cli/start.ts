// `npm start`: migrate, seed an empty database, build when needed, then serve with `next start`.
import { spawn } from 'node:child_process';
import { NEXT_BIN, buildIfStale, nextEnv } from './build';
import { openMigratedDatabase } from './open';
import { runCommand } from './run';

const NO_EDITOR_HINT =
  'No editor can sign in yet. Create the first one with:\n  npm run tally -- editor add you@example.org';

runCommand(async () => {
  const { env } = await import('@/lib/env');
  const db = await openMigratedDatabase();
  const { seedIfEmpty } = await import('@/lib/server/seed');
  if (await seedIfEmpty(db)) console.log('Seeded an empty database with the seed article.');
  const { hasAnyEditor } = await import('@/lib/server/auth/editors');
  const needsEditor = !(await hasAnyEditor());
  buildIfStale();

  // next-server opens its own client; this one would go on syncing the same replica file.
  (await import('@/db/client')).client.close();
  const server = spawn(NEXT_BIN, ['start', '--port', String(env.PORT)], {
    stdio: 'inherit',
    env: nextEnv(),
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => server.kill(signal));
  }
  const exited = new Promise<number>((resolve) => server.on('exit', (code) => resolve(code ?? 0)));
  // Said once the server answers, below the build's and Next's output, where a newcomer looks.
  void whenServing(env.PORT, exited).then((isServing) => {
    if (!isServing) return;
    console.log(`\nTally is ready at http://localhost:${env.PORT}`);
    if (needsEditor) console.log(NO_EDITOR_HINT);
  });
  return exited;
});

// How long to wait for the server's first answer before saying nothing more.
const READY_TIMEOUT_MS = 120_000;

/** Resolves true once the server answers on its port, false if it exits or never answers. */
async function whenServing(port: number, exited: Promise<number>): Promise<boolean> {
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!hasExited && Date.now() < deadline) {
    // The icon is static: asking for it reads no data and warms no cache.
    const answered = await fetch(`http://127.0.0.1:${port}/icon.svg`, {
      signal: AbortSignal.timeout(2_000),
    }).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}
