import { describe, expect, test } from 'vitest';
import {
  CLIENT_ADDRESS_HEADER,
  applyForwarded,
  normalizeAddress,
  resolveForwarded,
  trustedEntry,
} from '@/lib/http/forwarded';

const SOCKET = { remoteAddress: '::ffff:10.0.0.5', encrypted: false };

describe('trustedEntry: the entry the outermost trusted proxy wrote', () => {
  test.each([
    ['one proxy takes the rightmost entry', '6.6.6.6, 203.0.113.9', 1, '203.0.113.9'],
    [
      'two proxies take the second from the right',
      '6.6.6.6, 203.0.113.9, 10.0.0.2',
      2,
      '203.0.113.9',
    ],
    ['fewer entries than proxies: the leftmost', '203.0.113.9', 3, '203.0.113.9'],
    ['repeated headers count as one list', ['6.6.6.6', '203.0.113.9'], 1, '203.0.113.9'],
    ['blank entries are skipped', '6.6.6.6, , 203.0.113.9,', 1, '203.0.113.9'],
    ['no trusted proxy: nothing', '203.0.113.9', 0, undefined],
    ['no header: nothing', undefined, 1, undefined],
  ] as const)('%s', (_name, header, trusted, expected) => {
    expect(trustedEntry(header as string | string[] | undefined, trusted)).toBe(expected);
  });
});

describe('normalizeAddress: one spelling per address, or nothing', () => {
  test.each([
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['203.0.113.9:4711', '203.0.113.9'],
    ['[2001:DB8::1]:443', '2001:db8::1'],
    ['2001:db8::1', '2001:db8::1'],
    ['unknown', undefined],
    ['1.2.3.4<script>', undefined],
    ['', undefined],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeAddress(raw)).toBe(expected);
  });
});

describe('resolveForwarded', () => {
  const spoofed = {
    host: 'tally.test:3000',
    'x-forwarded-for': '6.6.6.6',
    'x-forwarded-proto': 'https',
    'x-forwarded-host': 'evil.example',
  };

  test('without a trusted proxy only the socket counts, whatever the headers say', () => {
    expect(resolveForwarded(spoofed, SOCKET, 0)).toEqual({
      address: '10.0.0.5',
      protocol: 'http',
      host: 'tally.test:3000',
    });
  });

  test('a TLS socket is https', () => {
    expect(resolveForwarded({}, { ...SOCKET, encrypted: true }, 0).protocol).toBe('https');
  });

  test('with one trusted proxy its report counts', () => {
    const headers = { ...spoofed, 'x-forwarded-for': '6.6.6.6, 203.0.113.9' };
    expect(resolveForwarded(headers, SOCKET, 1)).toEqual({
      address: '203.0.113.9',
      protocol: 'https',
      host: 'evil.example',
    });
  });

  test('a proxy report that is not an address, protocol or host falls back to the socket', () => {
    const headers = {
      host: 'tally.test',
      'x-forwarded-for': 'not-an-ip',
      'x-forwarded-proto': 'gopher',
      'x-forwarded-host': 'a b/c',
    };
    expect(resolveForwarded(headers, SOCKET, 1)).toEqual({
      address: '10.0.0.5',
      protocol: 'http',
      host: 'tally.test',
    });
  });
});

test('applyForwarded leaves only the trusted values under every forwarding name', () => {
  const headers: Record<string, string | string[] | undefined> = {
    host: 'tally.test',
    forwarded: 'for=6.6.6.6',
    'x-real-ip': '6.6.6.6',
    'x-forwarded-port': '443',
    'x-forwarded-for': '6.6.6.6',
    [CLIENT_ADDRESS_HEADER]: '6.6.6.6',
  };
  applyForwarded(headers, { address: '10.0.0.5', protocol: 'http', host: 'tally.test' });
  expect(headers).toEqual({
    host: 'tally.test',
    'x-forwarded-for': '10.0.0.5',
    'x-forwarded-proto': 'http',
    'x-forwarded-host': 'tally.test',
    [CLIENT_ADDRESS_HEADER]: '10.0.0.5',
  });
});
