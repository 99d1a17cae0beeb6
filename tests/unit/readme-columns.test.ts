import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CLAIM_COLUMNS } from '@/lib/claims/input/columns';

// The README is where a newcomer learns the import file: its table must name every column the
// importer reads, and no other, in the order of the header line it shows.
test("the README's import table and header line list exactly the CSV columns", () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### The import file'));
  const header = section.split('\n').find((line) => line.startsWith('topic,metric,'));
  expect(header?.split(',')).toEqual([...CLAIM_COLUMNS]);
  const tableColumns = section
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([a-z_]+)`/g)].map((m) => m[1]));
  expect(tableColumns).toEqual([...CLAIM_COLUMNS]);
});
