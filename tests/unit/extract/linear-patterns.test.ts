// Every regular expression of the extractor is checked for super-linear backtracking: by scslre
// (the analysis behind eslint-plugin-regexp's no-super-linear-backtracking and -move), which finds
// the patterns that take quadratic or exponential time on a text that repeats one character (a run
// of spaces, of "!", one long word). Patterns come from two places: every regex literal in the
// source of lib/extract, and every `new RegExp(…)` those modules make, caught as they are loaded.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import ts from 'typescript';
import { beforeAll, describe, expect, test } from 'vitest';

const DIR = path.resolve(import.meta.dirname, '../../../lib/extract');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

type Pattern = { source: string; flags: string; where: string };

function literalsIn(file: string): Pattern[] {
  const code = readFileSync(path.join(DIR, file), 'utf8');
  const tree = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const found: Pattern[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.getText();
      const cut = text.lastIndexOf('/');
      const line = tree.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push({
        source: text.slice(1, cut),
        flags: text.slice(cut + 1),
        where: `${file}:${line}`,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

// A sticky pattern is tried where it is put, as if anchored there.
const anchored = ({ source, flags }: Pattern): { source: string; flags: string } =>
  flags.includes('y')
    ? { source: `^(?:${source})`, flags: flags.replace('y', '') }
    : { source, flags };

/** What scslre finds wrong with a pattern, in words; empty when it is linear. */
function superLinear(pattern: Pattern): string[] {
  const { source, flags } = anchored(pattern);
  const literal = new RegExpParser({ ecmaVersion: 2025 }).parseLiteral(
    `/${source}/${flags.replace('g', '')}`,
  );
  const { reports } = analyse(literal, { reportTypes: { Move: true, Self: true, Trade: true } });
  return reports.map((r) => {
    const parts = 'quant' in r ? [r.quant] : 'startQuant' in r ? [r.startQuant, r.endQuant] : [];
    const kind = `${r.type}${r.exponential ? ' (exponential)' : ''}`;
    return `${kind}: ${parts.map((q) => q.raw).join(' vs ')}`;
  });
}

const built: Pattern[] = [];

beforeAll(async () => {
  // Catch the patterns the modules build as they load: a RegExp whose caller is in lib/extract.
  const Original = RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const made = new target(...args);
      const caller = new Error().stack?.split('\n').slice(2, 4).join('\n') ?? '';
      if (/lib[/\\]extract[/\\]/.test(caller))
        built.push({ source: made.source, flags: made.flags, where: caller.trim() });
      return made;
    },
  });
  try {
    for (const file of FILES) await import(/* @vite-ignore */ path.join(DIR, file));
  } finally {
    globalThis.RegExp = Original;
  }
});

describe('the extractor’s patterns', () => {
  test('are found: literals in every module, and the ones built from parts', () => {
    expect(FILES.flatMap(literalsIn).length).toBeGreaterThan(100);
    // numbers.ts (WORDS), dates.ts, calendar.ts, lexicon.ts, claimant-names.ts, outcome.ts…
    expect(new Set(built.map((p) => p.source)).size).toBeGreaterThan(20);
  });

  test.each(FILES)('%s: every regex literal is linear', (file) => {
    const flagged = literalsIn(file).flatMap((p) => superLinear(p).map((r) => `${p.where} ${r}`));
    expect(flagged).toEqual([]);
  });

  test('every pattern built from parts is linear', () => {
    const unique = new Map(built.map((p) => [`/${p.source}/${p.flags}`, p]));
    const flagged = [...unique].flatMap(([shown, p]) =>
      superLinear(p).map((r) => `${shown.slice(0, 80)}… ${r}`),
    );
    expect(flagged).toEqual([]);
  });
});
