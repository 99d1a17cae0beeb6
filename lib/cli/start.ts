// `npm start`: migrate, seed an empty database, build when needed, then serve with `next start`.
import { spawn } from 'node:child_process';
import { NEXT_BIN, buildIfStale, nextEnv } from './build';
import { openMigratedDatabase } from './open';
import { runCommand } from './run';

runCommand(async () => {
  const { env } = await import('@/lib/env');
  const db = await openMigratedDatabase();
  const { seedIfEmpty } = await import('@/lib/server/seed');
  if (await seedIfEmpty(db)) console.log('Seeded an empty database with the seed article.');
  const { hasAnyEditor } = await import('@/lib/server/auth/editors');
  if (!(await hasAnyEditor())) {
    console.log(
      'No editor can sign in yet. Create the first one with:\n  npm run tally -- editor add you@example.org',
    );
  }
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
  return new Promise<number>((resolve) => server.on('exit', (code) => resolve(code ?? 0)));
});
