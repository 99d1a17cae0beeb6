import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

// The layout rules of docs/architecture.md, checked on the real tree: a reader must be able to
// tell from a module's folder whether it can touch the database, and the repo must stand alone.

function sourceFiles(dir: string, ending = /\.(ts|tsx|mjs)$/): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && ending.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const SERVER_ONLY = /^import 'server-only';$/m;
const SERVER_IMPORT = /from '@\/(lib\/server\/[^']+|db\/client)'/g;

const USE_CLIENT = /^'use client';$/m;
const DATABASE_SIDE = /^@\/(db\/schema|db\/client|lib\/server\/.+)$/;
// An import or re-export statement: `type` if the whole of it is type-only, the names it takes (absent
// for a bare `import 'x'`), and where from. Names may span lines.
const IMPORT = /^(?:import|export)\s+(type\s+)?(?:([^;]*?)\s*from\s*)?'([^']+)';?$/gm;

/** Where a module's imports that bring a value at runtime (or run a module for its effects) come from. */
function runtimeImportsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)]
    .filter(([, typeOnly, names]) => !typeOnly && (names === undefined || takesAValue(names)))
    .map(([, , , from]) => from ?? '');
}

// `{ type A, type B }` takes only types; `{ type A, b }`, a default import or `* as x` take values.
function takesAValue(names: string): boolean {
  const braced = /^\{([\s\S]*)\}$/.exec(names.trim());
  if (!braced) return true;
  return (braced[1] ?? '')
    .split(',')
    .map((name) => name.trim())
    .some((name) => name !== '' && !name.startsWith('type '));
}

describe('the layout', () => {
  const lib = sourceFiles('lib');

  test('every module under lib/server is marked server-only', () => {
    const unmarked = lib.filter(
      (file) => file.startsWith('lib/server/') && !SERVER_ONLY.test(readFileSync(file, 'utf8')),
    );
    expect(unmarked).toEqual([]);
  });

  test('pure lib modules import nothing that touches the database', () => {
    // lib/cli is a door, like app/: it may call lib/server.
    const pure = lib.filter((file) => !/^lib\/(server|cli)\//.test(file));
    const crossings = pure.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const found = [...text.matchAll(SERVER_IMPORT)].map((match) => `${file} → ${match[1]}`);
      return SERVER_ONLY.test(text) ? [...found, `${file} → server-only`] : found;
    });
    expect(crossings).toEqual([]);
  });

  test('pure lib and client components take no runtime value from the database side', () => {
    // A type-only import is erased at build; a value would pull the driver or the schema into the
    // browser bundle, or make a pure module depend on the database's own module.
    const pure = lib.filter((file) => !/^lib\/(server|cli)\//.test(file));
    const client = sourceFiles('app').filter((file) => USE_CLIENT.test(readFileSync(file, 'utf8')));
    const crossings = [...pure, ...client].flatMap((file) =>
      runtimeImportsOf(readFileSync(file, 'utf8'))
        .filter((from) => DATABASE_SIDE.test(from))
        .map((from) => `${file} → ${from}`),
    );
    expect(crossings).toEqual([]);
  });

  test('nothing in the repo points outside it', () => {
    // Spelled in parts so that this file does not name the folder it looks for.
    const sibling = ['..', 'shared'].join('/');
    const files = [
      ...['app', 'lib', 'db', 'tests'].flatMap((dir) => sourceFiles(dir)),
      ...sourceFiles('docs', /\.md$/),
      'README.md',
      'package.json',
      '.ci/run',
    ];
    const outside = files.filter((file) => readFileSync(file, 'utf8').includes(sibling));
    expect(outside).toEqual([]);
  });
});
