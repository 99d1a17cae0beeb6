import { describe, expect, test } from 'vitest';
import { readsLocally, tokenize } from '@/db/replica-routing';

describe('readsLocally: which statements an embedded replica answers from its local copy', () => {
  test.each([
    ['a plain SELECT', 'SELECT * FROM claims'],
    ['lower case after whitespace', '  \n\tselect 1'],
    ['after a line comment', '-- the latest figures\nSELECT 1'],
    ['after a block comment', '/* DELETE FROM claims */ SELECT 1'],
    ['VALUES', 'VALUES (1), (2)'],
    ['a CTE followed by SELECT', 'WITH x AS (SELECT 1 AS n) SELECT n FROM x'],
    ['several CTEs', 'WITH a AS (SELECT 1), b AS (SELECT 2) SELECT * FROM a, b'],
    [
      'WITH RECURSIVE and a column list',
      'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) SELECT i FROM n',
    ],
    ['a MATERIALIZED CTE', 'WITH x AS NOT MATERIALIZED (SELECT 1) SELECT * FROM x'],
    ['a CTE followed by VALUES', 'WITH x AS (SELECT 1) VALUES (1)'],
    ['a CTE whose string holds a verb', "WITH x AS (SELECT 'DELETE' AS verb) SELECT verb FROM x"],
    ['a trailing semicolon', 'SELECT 1;  '],
    ['EXPLAIN QUERY PLAN', 'EXPLAIN QUERY PLAN SELECT * FROM claims WHERE id = ?'],
    ['a PRAGMA', 'PRAGMA foreign_keys'],
  ])('local: %s', (_case, sql) => {
    expect(readsLocally(sql)).toBe(true);
  });

  test.each([
    ['INSERT', 'INSERT INTO topics (slug) VALUES (?)'],
    ['INSERT … RETURNING', 'INSERT INTO topics (slug) VALUES (?) RETURNING id'],
    ['UPDATE', 'UPDATE claims SET status = ?'],
    ['DELETE after a comment that says SELECT', '-- SELECT\nDELETE FROM claims'],
    ['a CTE followed by INSERT', 'WITH v AS (SELECT 1) INSERT INTO t SELECT * FROM v'],
    [
      'a CTE followed by INSERT … RETURNING',
      'WITH v AS (SELECT 1) INSERT INTO t SELECT * FROM v RETURNING id',
    ],
    ['a CTE followed by UPDATE', 'with v as (select 1) update t set a = (select * from v)'],
    ['a CTE followed by DELETE', 'WITH old AS (SELECT id FROM t) DELETE FROM t WHERE id IN old'],
    ['a CTE followed by REPLACE', 'WITH v AS (SELECT 1) REPLACE INTO t VALUES (1)'],
    [
      'WITH RECURSIVE followed by a write',
      'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3) INSERT INTO t SELECT i FROM n',
    ],
    ['a CTE named "select"', 'WITH "select" AS (SELECT 1) DELETE FROM t'],
    ['a string that closes the CTE', "WITH x AS (SELECT ') SELECT' AS s) DELETE FROM t"],
    ['a block comment that closes the CTE', 'WITH x AS (SELECT 1 /* ) SELECT */) DELETE FROM t'],
    ['a line comment that closes the CTE', 'WITH x AS (SELECT 1 -- ) SELECT\n) DELETE FROM t'],
    ['a second statement', 'SELECT 1; DELETE FROM t'],
    ['an unterminated string', "SELECT 'never closed"],
    ['an unterminated comment', 'SELECT 1 /* never closed'],
    ['a WITH with no statement', 'WITH x AS (SELECT 1)'],
    ['BEGIN', 'BEGIN IMMEDIATE'],
    ['CREATE TABLE', 'CREATE TABLE t (a)'],
    ['nothing', '  '],
    ['a word that starts like SELECT', 'SELECTED 1'],
  ])('primary: %s', (_case, sql) => {
    expect(readsLocally(sql)).toBe(false);
  });

  test('reads the SQL of every statement shape libSQL takes', () => {
    expect(readsLocally({ sql: 'SELECT ?', args: [1] })).toBe(true);
    expect(readsLocally(['SELECT ?', [1]])).toBe(true);
    expect(readsLocally({ sql: 'WITH v AS (SELECT ?) DELETE FROM t', args: [1] })).toBe(false);
    expect(readsLocally(['WITH v AS (SELECT ?) DELETE FROM t', [1]])).toBe(false);
  });
});

describe('tokenize', () => {
  test.each([
    ['select a', ['SELECT', 'A']],
    ["x = 'it''s'", ['X', '=', '"…"']],
    ['"a""b" [c d] `e`', ['"…"', '"…"', '"…"']],
    ['f(1, 2);', ['F', '(', '1', ',', '2', ')', ';']],
    ['a -- rest\nb /* c */ d', ['A', 'B', 'D']],
  ])('%j', (sql, tokens) => {
    expect(tokenize(sql)).toEqual(tokens);
  });

  test.each([["'open"], ['"open'], ['[open'], ['/* open']])('%j never ends: null', (sql) => {
    expect(tokenize(sql)).toBeNull();
  });
});
