import { describe, expect, test } from 'vitest';
import { AFTER_SIGN_IN, SignInInput, sameSitePath } from '@/lib/auth/sign-in-input';

describe('sameSitePath keeps a path on this site', () => {
  test.each([
    ['/editor/claims/new?metric=gaza-killed', '/editor/claims/new?metric=gaza-killed'],
    ['/claims/12#history', '/claims/12#history'],
    ['/editor/../metrics/x', '/metrics/x'],
    ['/metrics/a b', '/metrics/a%20b'],
    ['/。evil', '/%E3%80%82evil'],
    ['/editor?next=https://evil.example', '/editor?next=https://evil.example'],
  ])('%s → %s', (next, path) => {
    expect(sameSitePath(next)).toBe(path);
  });
});

describe('sameSitePath refuses anything that leads off the site', () => {
  test.each([
    ['a path that resolves to //host', '/.//evil.example/phish'],
    ['a protocol-relative URL', '//evil.example'],
    ['a backslash the browser reads as a slash', '/\\evil.example'],
    ['backslashes only', '\\\\evil.example'],
    ['an absolute URL', 'https://evil.example/'],
    ['another scheme', 'javascript:alert(1)'],
    ['a tab the URL parser drops', '/\t/evil.example'],
    ['a newline the URL parser drops', '/\n/evil.example'],
    ['leading control characters and spaces', '\u0000 //evil.example'],
    ['dot segments up to //', '/a/..//evil.example'],
    ['a very long value', `/${'a'.repeat(5000)}`],
  ])('%s', (_name, next) => {
    const path = sameSitePath(next);
    if (path !== null)
      expect(new URL(path, 'https://tally.example.org').host).toBe('tally.example.org');
    expect(path === null || !/^\/[/\\]/.test(path)).toBe(true);
  });

  test.each(['//evil.example', '/.//evil.example/phish', 'https://evil.example', '/\\evil'])(
    '%s is refused outright',
    (next) => expect(sameSitePath(next)).toBeNull(),
  );
});

describe('SignInInput.next', () => {
  const parse = (next: unknown) => SignInInput.shape.next.parse(next);

  test('falls back to the editor home when missing, off-site or not text', () => {
    expect(parse(undefined)).toBe(AFTER_SIGN_IN);
    expect(parse('//evil.example')).toBe(AFTER_SIGN_IN);
    expect(parse(42)).toBe(AFTER_SIGN_IN);
  });

  test('keeps a path on this site, percent-encoded so it can go in a Location header', () => {
    expect(parse('/editor/import')).toBe('/editor/import');
    const encoded = parse('/metrics/ünïcode\u0001');
    expect(encoded).toMatch(/^[\x21-\x7e]+$/);
  });
});
