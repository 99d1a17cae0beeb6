import { describe, expect, test } from 'vitest';
import {
  baseSecurityHeaders,
  contentSecurityPolicy,
  newNonce,
  servedOverHttps,
} from '@/lib/http/security-headers';

/** A policy as a map of directive → its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const page = directives(
    contentSecurityPolicy({ nonce: 'abc123', pathname: '/metrics/x', https: false }),
  );

  test('scripts run only with the nonce or when loaded by one, never from eval', () => {
    expect(page.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect([...page.values()].flat()).not.toContain("'unsafe-eval'");
    expect(page.get('script-src')).not.toContain("'unsafe-inline'");
  });

  test('no plugins, no <base>, forms post only here, and no framing', () => {
    expect(page.get('object-src')).toEqual(["'none'"]);
    expect(page.get('base-uri')).toEqual(["'self'"]);
    expect(page.get('form-action')).toEqual(["'self'"]);
    expect(page.get('frame-ancestors')).toEqual(["'none'"]);
    expect(page.get('default-src')).toEqual(["'self'"]);
  });

  test('inline styles only as attributes, not as <style> elements', () => {
    expect(page.get('style-src')).toEqual(["'self'", "'nonce-abc123'"]);
    expect(page.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  test('pages under /embed/ may be framed by any site', () => {
    const embed = directives(
      contentSecurityPolicy({ nonce: 'n', pathname: '/embed/metrics/x', https: false }),
    );
    expect(embed.get('frame-ancestors')).toEqual(['*']);
  });

  test('over https, every request is upgraded', () => {
    expect(page.has('upgrade-insecure-requests')).toBe(false);
    const https = contentSecurityPolicy({ nonce: 'n', pathname: '/', https: true });
    expect(directives(https).has('upgrade-insecure-requests')).toBe(true);
  });
});

describe('baseSecurityHeaders', () => {
  test('every answer refuses sniffing, leaks no path to other sites and isolates its window', () => {
    const headers = baseSecurityHeaders('/', false);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['permissions-policy']).toMatch(/(^|, )camera=\(\)/);
    expect(headers['permissions-policy']).toMatch(/(^|, )geolocation=\(\)/);
  });

  test('framing is refused except under /embed/', () => {
    expect(baseSecurityHeaders('/claims/1', false)['x-frame-options']).toBe('DENY');
    expect(baseSecurityHeaders('/embed/metrics/x', false)['x-frame-options']).toBeUndefined();
    expect(baseSecurityHeaders('/embedded', false)['x-frame-options']).toBe('DENY');
  });

  test('HSTS only over https', () => {
    expect(baseSecurityHeaders('/', false)['strict-transport-security']).toBeUndefined();
    expect(baseSecurityHeaders('/', true)['strict-transport-security']).toMatch(/^max-age=\d{8}/);
  });
});

test.each([
  ['http', undefined, false],
  ['https', undefined, true],
  ['http', 'https://tally.example.org', true],
  [null, 'http://tally.example.org', false],
])('servedOverHttps(%s, %s) is %s', (protocol, publicUrl, expected) => {
  expect(servedOverHttps(protocol, publicUrl)).toBe(expected);
});

test('each nonce is fresh, 128 bits in base64', () => {
  const nonces = new Set(Array.from({ length: 100 }, newNonce));
  expect(nonces.size).toBe(100);
  for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
});
