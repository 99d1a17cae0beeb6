import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/** Runs the CLI as `npm run tally` does, on a fresh temp database. */
function tally(args: string[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'tally-cli-'));
  const result = spawnSync(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'lib/cli/main.ts', ...args],
    {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', DATABASE_URL: `file:${dir}/t.db` },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { status: result.status, stderr: result.stderr };
}

describe('bad arguments exit 2 with one line, never a stack trace', () => {
  test.each([
    [['check', '--bogus'], /^tally: Unknown option '--bogus'/],
    [['export', '--format'], /^tally: Option '--format <value>' argument missing/],
  ])('tally %j', (args, message) => {
    const { status, stderr } = tally(args);
    expect(status).toBe(2);
    expect(stderr.trim()).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
