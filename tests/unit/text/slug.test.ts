import { describe, expect, test } from 'vitest';
import { SLUG_PATTERN, slugify, titleFromSlug } from '@/lib/text/slug';

describe('SLUG_PATTERN', () => {
  const cases: [string, boolean][] = [
    ['gaza-killed', true],
    ['sohr', true],
    ['un-ocha-2024', true],
    ['Gaza-killed', false],
    ['-gaza', false],
    ['gaza-', false],
    ['gaza--killed', false],
    ['gaza killed', false],
    ['', false],
  ];
  test.each(cases)('"%s" is a slug: %s', (text, expected) => {
    expect(SLUG_PATTERN.test(text)).toBe(expected);
  });

  test('every slug slugify makes matches it', () => {
    for (const name of ['Syrian Observatory for Human Rights', 'Ministère de la Santé', '!!!']) {
      expect(SLUG_PATTERN.test(slugify(name))).toBe(true);
    }
  });
});

describe('slugify and titleFromSlug', () => {
  const cases: [string, string][] = [
    ['Syrian Observatory for Human Rights', 'syrian-observatory-for-human-rights'],
    ['Ministère de la Santé', 'ministere-de-la-sante'],
    ['  UN OCHA (oPt) ', 'un-ocha-opt'],
    ['!!!', 'source'],
  ];
  test.each(cases)('"%s" → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  test('a topic created from its slug gets a title', () => {
    expect(titleFromSlug('gaza-war')).toBe('Gaza war');
  });
});
