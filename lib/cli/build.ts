import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'lib', 'db', 'next.config.ts', 'package-lock.json', 'tsconfig.json'];
export const NEXT_BIN = path.join('node_modules', '.bin', 'next');

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestChange(path.join(entry, name))),
    stats.mtimeMs,
  );
}

/** Whether `next build` must run: no build yet, or a source changed after the last one. */
export function isBuildStale(): boolean {
  const buildId = path.join('.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.some((entry) => newestChange(entry) > builtAt);
}

/** Environment for Next itself: the react-server condition of the CLI must never reach it. */
export function nextEnv(): NodeJS.ProcessEnv {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  if (childEnv.NODE_OPTIONS?.includes('react-server')) delete childEnv.NODE_OPTIONS;
  return childEnv;
}

export function buildIfStale(): void {
  if (!isBuildStale()) return;
  console.log('Building the app (next build)…');
  const result = spawnSync(NEXT_BIN, ['build'], { stdio: 'inherit', env: nextEnv() });
  if (result.status !== 0) throw new Error('next build failed');
}
