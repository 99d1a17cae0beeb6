// The extractor takes time in proportion to the text, whatever the text: sixteen times the text
// takes about sixteen times as long, where a pass that rescans the text per sentence, figure or
// verb (or a pattern that backtracks) takes 256 times as long or more. Measured in CPU time of
// this process, the best of a few runs after collecting garbage, so that a loaded machine slows
// both sizes alike; the bound (64) sits far from both, and the small size counts as at least 10 ms,
// so the timer's grain and a stray collection cannot make a ratio of a few milliseconds. The inputs are the (each was seconds to minutes at 8 KB to
// 400 KB) and the shapes that rescans and backtracking feed on.
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, test } from 'vitest';
import { extractDrafts } from '@/lib/extract/extract';
import { MESSAGES } from '@/lib/extract/extract';

const repeat = (unit: string, length: number): string =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** "Qa said …", "Qb said …": a new single-word name each time. */
const names = (length: number, make: (name: string) => string): string => {
  let text = '';
  for (let i = 0; text.length < length; i++)
    text += make(
      `Q${i.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)))}`,
    );
  return text.slice(0, length);
};

const SHAPES: [string, (length: number) => string][] = [
  ['"x said 1, " repeated', (n) => repeat('x said 1, ', n)],
  ['a run of "!"', (n) => `The ministry said 45 people were killed${'!'.repeat(n)}`],
  [
    'a run of spaces',
    (n) => `The ministry said 45 people were killed${' '.repeat(n)}and 12 wounded.`,
  ],
  ['a run of tabs', (n) => `killed 45${'\t'.repeat(n)}x`],
  ['one long word', (n) => `The ministry said 45 ${'a'.repeat(n)} were killed.`],
  ['many numbers in one sentence', (n) => `The ministry said ${repeat('12 killed, ', n)}today.`],
  [
    'plain attributed sentences',
    (n) =>
      repeat(
        'Ahmed Nasser, a spokesman for the Civil Defence, said 45 people were killed. Nasser said 12 children were wounded on Sunday. According to the ministry, 30 people died. ',
        n,
      ),
  ],
  ['a new name in every sentence', (n) => names(n, (q) => `${q} said 5 people were killed. `)],
  ['numbers glued into one word', (n) => `killed ${repeat('1;', n)}`],
  ['numbers in words joined by "and"', (n) => `${repeat('one hundred and ', n)}killed`],
  ['a relative day in every clause', (n) => repeat('killed 1 yesterday, ', n)],
  ['brackets left open', (n) => `100 killed ${repeat('(2 ', n)}`],
  ['parts of parts', (n) => repeat('Of these, 5 were killed. ', n)],
  ['possessives in a long word', (n) => `${repeat('aB', n)}'s toll 45 killed`],
  ['quotation marks left open', (n) => `${repeat('“we ', n)}5 killed`],
  ['a bullet list', (n) => repeat('- 45 killed\n', n)],
];

const SMALL = 2_000;
const LARGE = 16 * SMALL;

// The collector, exposed for these measurements only: garbage left by one run is not timed in the
// next.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** The least CPU time, in milliseconds, of `runs` extractions of `text`. */
function cpuTime(text: string, runs: number): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    collectGarbage();
    const start = process.cpuUsage();
    extractDrafts(text, { published: '2025-03-10' });
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('extraction time grows with the text, not its square', () => {
  test.each(SHAPES)('%s', (_name, make) => {
    extractDrafts(make(SMALL)); // compiled before it is timed
    const small = Math.max(cpuTime(make(SMALL), 3), 10);
    const large = cpuTime(make(LARGE), 2);
    expect(large / small).toBeLessThan(64);
  });
});

describe('the time limit', () => {
  test('a text not read in time gives no drafts and says so', () => {
    const text = repeat('The ministry said 45 people were killed and 120 wounded. ', 400_000);
    expect(extractDrafts(text, { timeLimitMs: 1 })).toEqual({
      drafts: [],
      message: MESSAGES.tooSlow,
    });
  });

  test('a text read in time is read as without a limit', () => {
    const text = 'The ministry said 45 people were killed and 120 wounded on Sunday.';
    const options = { published: '2025-03-10' };
    expect(extractDrafts(text, { ...options, timeLimitMs: 60_000 })).toEqual(
      extractDrafts(text, options),
    );
  });
});
