import type { InArgs, InStatement } from '@libsql/client';

/** A statement in any of the shapes libSQL's execute and batch accept. */
export type AnyStatement = InStatement | [string, InArgs?];

/**
 * Whether an embedded replica may answer a statement from its local copy: only a single statement
 * that cannot change data. Anything else, or anything this cannot read with certainty (an
 * unterminated string or comment, several statements), goes to the primary: a write answered by the
 * local copy would be lost at the next sync, while a read sent to the primary is only slower.
 */
export function readsLocally(statement: AnyStatement): boolean {
  const tokens = tokenize(statementSql(statement));
  if (!tokens) return false;
  const end = tokens.indexOf(';');
  if (end !== -1 && tokens.slice(end).some((token) => token !== ';')) return false;
  const body = end === -1 ? tokens : tokens.slice(0, end);
  switch (body[0]) {
    case 'SELECT':
    case 'VALUES':
    // EXPLAIN describes a statement without running it, whatever that statement would do.
    case 'EXPLAIN':
    // A pragma reads or sets the state of the connection it runs on; Tally writes no data with one.
    case 'PRAGMA':
      return true;
    case 'WITH':
      return READS.has(mainVerb(body) ?? '');
    default:
      return false;
  }
}

function statementSql(statement: AnyStatement): string {
  if (typeof statement === 'string') return statement;
  return Array.isArray(statement) ? statement[0] : statement.sql;
}

const READS = new Set(['SELECT', 'VALUES']);
const VERBS = new Set([...READS, 'INSERT', 'UPDATE', 'DELETE', 'REPLACE']);

/**
 * The verb of the statement that follows a WITH clause: `WITH a AS (…), b AS (…) DELETE …`. Every
 * common table expression's body sits inside parentheses, so the first verb outside them is the
 * statement's own; a SELECT inside a CTE says nothing about what comes after it.
 */
function mainVerb(tokens: readonly string[]): string | undefined {
  let depth = 0;
  for (const token of tokens) {
    if (token === '(') depth += 1;
    else if (token === ')') depth -= 1;
    else if (depth === 0 && VERBS.has(token)) return token;
  }
  return undefined;
}

// Quoted names ("select", `t`, [t]) and string literals become this token: never a keyword.
const QUOTED = '"…"';
const CLOSERS: Record<string, string> = { "'": "'", '"': '"', '`': '`', '[': ']' };
const WORD = /[A-Za-z_][A-Za-z0-9_$]*/y;

/**
 * The statement's keywords (upper-cased), parentheses, commas and semicolons, without whitespace,
 * comments, or the contents of strings and quoted names; null when a string, quoted name or block
 * comment never ends.
 */
export function tokenize(sql: string): string[] | null {
  const tokens: string[] = [];
  let at = 0;
  while (at < sql.length) {
    const char = sql.charAt(at);
    const closer = CLOSERS[char];
    if (/\s/.test(char)) {
      at += 1;
    } else if (sql.startsWith('--', at)) {
      const end = sql.indexOf('\n', at);
      at = end === -1 ? sql.length : end + 1;
    } else if (sql.startsWith('/*', at)) {
      const end = sql.indexOf('*/', at + 2);
      if (end === -1) return null;
      at = end + 2;
    } else if (closer) {
      const end = quotedEnd(sql, at, closer);
      if (end === -1) return null;
      tokens.push(QUOTED);
      at = end + 1;
    } else {
      WORD.lastIndex = at;
      const word = WORD.exec(sql)?.[0];
      tokens.push(word ? word.toUpperCase() : char);
      at += word ? word.length : 1;
    }
  }
  return tokens;
}

/** Where the quote opened at `start` closes; a doubled closer ('it''s') is part of the text. */
function quotedEnd(sql: string, start: number, closer: string): number {
  let at = start + 1;
  for (;;) {
    const end = sql.indexOf(closer, at);
    if (end === -1 || closer === ']' || sql.charAt(end + 1) !== closer) return end;
    at = end + 2;
  }
}
