import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

// The CLI on its own database, as `npm run tally` runs it: these tests share it, in order.
const dir = mkdtempSync(path.join(tmpdir(), 'tally-source-cli-'));

function tally(...args: string[]) {
  const result = spawnSync(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'lib/cli/main.ts', ...args],
    {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', DATABASE_URL: `file:${dir}/t.db` },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const file = path.join(dir, 'rows.csv');
  writeFileSync(
    file,
    'topic,metric,metric_name,value,as_of,claimant,claimant_kind,url,title\n' +
      'gaza-war,gaza-killed,People killed,50000,2025-04-01,Gaza Ministry of Health,ministry,https://example.org/a,A\n' +
      'gaza-war,gaza-killed,People killed,50000,2025-04-01,Ministry of Health in Gaza,ministry,https://example.org/b,B\n' +
      'gaza-war,gaza-killed,People killed,50200,2025-04-02,Ministry of Health in Gaza,ministry,https://example.org/b,B\n',
  );
  expect(tally('import', file).status).toBe(0);
}, 60_000);

describe('tally source', () => {
  test('alias: the source answers to another name', () => {
    const { status, stdout } = tally('source', 'alias', 'gaza-ministry-of-health', 'MoH Gaza');
    expect(status).toBe(0);
    expect(stdout.trim()).toBe("'MoH Gaza' now means the source gaza-ministry-of-health.");
  });

  test.each([
    [
      ['source', 'alias', 'ministry-of-health-in-gaza', 'moh gaza'],
      /^tally: name: 'moh gaza' already means another source: Gaza Ministry of Health \(gaza-ministry-of-health\)$/,
    ],
    [['source', 'alias', 'nobody', 'Someone'], /^tally: slug: No source has the slug 'nobody'$/],
    [
      ['source', 'merge', 'ministry-of-health-in-gaza', 'gaza-ministry-of-health'],
      /^tally: reason: Say why you are making this change$/,
    ],
    [
      ['source', 'merge', 'gaza-ministry-of-health', 'gaza-ministry-of-health', '--reason', 'x'],
      /^tally: into: A source cannot be merged into itself$/,
    ],
    [['source', 'merge', 'ministry-of-health-in-gaza'], /^tally: usage: source alias SLUG NAME/],
    [['source', 'rename', 'a', 'b'], /^tally: usage: source alias SLUG NAME/],
  ])('tally %j exits 2 with one line and no stack trace', (args, message) => {
    const { status, stdout, stderr } = tally(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  test('merge: claims move to the survivor and exact duplicates merge', () => {
    const merged = tally(
      'source',
      'merge',
      'ministry-of-health-in-gaza',
      'gaza-ministry-of-health',
      '--reason',
      'One ministry',
    );
    expect(merged.status).toBe(0);
    expect(merged.stdout.trim()).toBe(
      'ministry-of-health-in-gaza merged into gaza-ministry-of-health: 2 claims moved, 1 exact duplicates merged.',
    );
    // One claim per key remains; the export lists each appearance under the survivor's name.
    const exported = tally('export').stdout.trim().split('\n').slice(1);
    expect(exported).toHaveLength(3);
    for (const row of exported) expect(row).toContain(',Gaza Ministry of Health,');
    const again = tally(
      'source',
      'merge',
      'ministry-of-health-in-gaza',
      'gaza-ministry-of-health',
      '--reason',
      'x',
    );
    expect(again.status).toBe(2);
    expect(again.stderr.trim()).toBe(
      "tally: from: 'ministry-of-health-in-gaza' was already merged into 'gaza-ministry-of-health'",
    );
  });
});
