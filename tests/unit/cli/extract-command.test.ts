import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { extractCommand } from '@/lib/cli/extract-command';
import { UsageError } from '@/lib/errors';

const dir = mkdtempSync(path.join(tmpdir(), 'tally-extract-'));
const file = (name: string, content: string | Buffer): string => {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
};
const SEED = path.resolve(import.meta.dirname, '../../fixtures/extract/seed-article.txt');

afterEach(() => vi.restoreAllMocks());

// What `extract --json` prints, as far as these tests read it.
const DraftsJson = z.object({
  drafts: z.array(z.object({ value: z.number(), stated_on: z.string() })),
});

function captured(): { out: () => string; err: () => string } {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const text = (spy: typeof log) => spy.mock.calls.map((c) => String(c[0])).join('\n');
  return { out: () => text(log), err: () => text(error) };
}

describe('tally extract', () => {
  test('--json prints the drafts and exits 0', async () => {
    const { out } = captured();
    expect(await extractCommand([SEED, '--published', '2025-03-10', '--json'])).toBe(0);
    const body = DraftsJson.parse(JSON.parse(out()));
    expect(body.drafts.map((d) => d.value)).toEqual([1000, 745, 125, 150, 48450]);
    expect(body.drafts[0]?.stated_on).toBe('2025-03-09');
  });

  test('without --json prints a table with the quotes', async () => {
    const { out } = captured();
    expect(await extractCommand([SEED, '--publisher', 'Al-Ahed'])).toBe(0);
    expect(out()).toContain('over 1,000');
    expect(out()).toContain('Syrian Observatory for Human Rights');
  });

  test('exits 1 when the text has no figures', async () => {
    const { out } = captured();
    expect(await extractCommand([file('none.txt', 'The ministry condemned the attack.\n')])).toBe(
      1,
    );
    expect(out()).toContain('No figures were found');
  });

  test('a text not read within the time limit exits 2, saying so, and prints no drafts', async () => {
    const { out, err } = captured();
    const long = file('long.txt', 'The ministry said 45 people were killed. '.repeat(20_000));
    expect(await extractCommand([long, '--json'], { timeLimitMs: 1 })).toBe(2);
    expect(err()).toContain('This text took too long to read; paste a shorter part.');
    expect(out()).toBe('');
  });

  test.each([
    ['no file', []],
    ['a missing file', [path.join(dir, 'missing.txt')]],
    ['an empty file', [file('empty.txt', '')]],
    ['a file that is not UTF-8', [file('latin1.txt', Buffer.from([0x34, 0x35, 0x20, 0xe9, 0xff]))]],
    ['a bad --published', [SEED, '--published', '10/03/2025']],
  ])('%s is bad usage (exit 2)', async (_name, args) => {
    await expect(extractCommand(args)).rejects.toBeInstanceOf(UsageError);
  });
});
