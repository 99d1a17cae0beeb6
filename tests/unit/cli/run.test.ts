import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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

describe('output through a pipe', () => {
  // Far more than a pipe holds (64 KiB): each sentence becomes a draft of a few hundred bytes.
  const SENTENCES = 600;
  const dir = mkdtempSync(path.join(tmpdir(), 'tally-cli-pipe-'));
  const text = path.join(dir, 'figures.txt');
  writeFileSync(
    text,
    `${Array.from(
      { length: SENTENCES },
      (_, i) => `The ministry said ${(1000 + i * 7).toLocaleString('en')} people had been killed.`,
    ).join(' ')}\n`,
  );
  const command = `node_modules/.bin/tsx --conditions=react-server lib/cli/main.ts extract ${text} --json`;
  const shell = (script: string) =>
    spawnSync('bash', ['--norc', '--noprofile', '-c', script], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', DATABASE_URL: `file:${dir}/t.db` },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    });

  test('reaches a slow reader whole, however large', () => {
    // The reader starts a second late, so the output waits in the pipe when the command ends.
    const result = shell(`${command} | (sleep 1; cat)`);
    expect(result.stdout.length).toBeGreaterThan(4 * 65_536);
    const { drafts } = JSON.parse(result.stdout) as { drafts: unknown[] };
    expect(drafts).toHaveLength(SENTENCES);
  });

  test('stops without a word when the reader goes away', () => {
    // The export is written row by row and outgrows the pipe, so it is still writing when `head`
    // has had its ten bytes and gone.
    const tally = 'node_modules/.bin/tsx --conditions=react-server lib/cli/main.ts';
    const result = shell(
      `${tally} import tests/fixtures/import/gaza-first90.csv >/dev/null && ` +
        `${tally} export | head -c 10 >/dev/null; echo "status \${PIPESTATUS[0]}"`,
    );
    expect(result.stdout.trim()).toBe('status 141');
    expect(result.stderr).toBe('');
  });
});
