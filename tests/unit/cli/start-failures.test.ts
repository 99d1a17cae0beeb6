import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { describe, expect, test } from 'vitest';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'tally-start-'));

/** Runs `npm start`'s script with the given environment; every case here fails before serving. */
function start(env: Record<string, string>) {
  const result = spawnSync(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'lib/cli/start.ts'],
    {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', ...env },
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  return { status: result.status, stderr: result.stderr };
}

describe('npm start refuses to run on a bad configuration', () => {
  test('a DATABASE_URL with an unknown scheme', () => {
    const { status, stderr } = start({ DATABASE_URL: 'postgres://localhost/tally' });
    expect(status).toBe(2);
    expect(stderr).toMatch(/^tally: Invalid environment: DATABASE_URL must start with file:/m);
  });

  test('a PORT that is not a port', () => {
    const { status, stderr } = start({ DATABASE_URL: `file:${tempDir()}/t.db`, PORT: '70000' });
    expect(status).toBe(2);
    expect(stderr).toMatch(/PORT must be 1–65535/);
  });

  test('a database that cannot be written', () => {
    const { status, stderr } = start({ DATABASE_URL: 'file:/etc/hostname/tally.db' });
    expect(status).toBe(2);
    expect(stderr).toMatch(/^tally: DATABASE_URL: cannot open and migrate the database/m);
  });

  test('a migration that fails', async () => {
    const file = path.join(tempDir(), 'clash.db');
    const client = createClient({ url: `file:${file}` });
    await client.execute('CREATE TABLE topics (unrelated TEXT)');
    client.close();
    const { status, stderr } = start({ DATABASE_URL: `file:${file}` });
    expect(status).toBe(2);
    expect(stderr).toMatch(/DATABASE_URL: cannot open and migrate .*topics/);
  });
});
