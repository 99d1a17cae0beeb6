import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { QUALIFIERS } from '@/db/enums';
import { OUTCOMES } from '@/lib/extract/types';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

const Options = z.strictObject({
  published: z.iso.date().optional(),
  publisher: z.string().optional(),
});

/**
 * `<name>.expected.json` beside `<name>.txt` in tests/fixtures/extract: every draft the text should
 * give, in the order of the text, with the fields that matter for it; anything else proposed is
 * a false positive.
 */
export const ExpectedDrafts = z.strictObject({
  about: z.string(),
  options: Options,
  message: z.string().optional(),
  drafts: z.array(z.looseObject({ value: z.number() })),
});

/**
 * `<name>.expected.json` in tests/fixtures/extract-held-aside: the figures a careful reader records
 * from the text, and the claimant names that would count as right.
 */
export const ExpectedFigures = z.strictObject({
  about: z.string(),
  options: Options,
  figures: z.array(
    z.strictObject({
      value: z.number(),
      qualifier: z.enum(QUALIFIERS),
      outcome: z.enum(OUTCOMES),
      claimant: z.array(z.string()).min(1).nullable(),
    }),
  ),
});

export type ExpectedFigure = z.infer<typeof ExpectedFigures>['figures'][number];

/** Every `<name>.txt` of a folder under tests/fixtures with its parsed `<name>.expected.json`. */
export function loadFixtures<T extends z.ZodType<object>>(
  folder: string,
  schema: T,
): (z.infer<T> & { name: string; text: string })[] {
  const dir = path.join(FIXTURES, folder);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.expected\.json$/, '');
      const expected = schema.parse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
      return Object.assign(expected, {
        name,
        text: readFileSync(path.join(dir, `${name}.txt`), 'utf8'),
      });
    });
}

/** The text files of a folder that have no expectations beside them. */
export function textsWithoutExpectations(folder: string): string[] {
  const files = readdirSync(path.join(FIXTURES, folder));
  return files
    .filter((file) => file.endsWith('.txt'))
    .filter((file) => !files.includes(file.replace(/\.txt$/, '.expected.json')));
}
