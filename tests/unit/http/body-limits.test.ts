import { describe, expect, test } from 'vitest';
import {
  MAX_BODY_BYTES,
  MAX_EDITOR_FORM_BYTES,
  MAX_SIGN_IN_BYTES,
  MAX_UPLOAD_BYTES,
  bodyLimitFor,
  bytesInWords,
} from '@/lib/http/body-limits';

describe('bodyLimitFor: only an editor on an editor page may send more than 1 MB', () => {
  test.each([
    ['the import upload, signed in', '/editor/import', true, MAX_UPLOAD_BYTES],
    ['the import upload, without a session', '/editor/import', false, MAX_BODY_BYTES],
    ['sign-in, whoever asks', '/editor/login', false, MAX_SIGN_IN_BYTES],
    ['sign-in with a cookie', '/editor/login', true, MAX_SIGN_IN_BYTES],
    ['an editor form', '/editor/extract', true, MAX_EDITOR_FORM_BYTES],
    ['an editor form without a session', '/editor/claims/new', false, MAX_BODY_BYTES],
    ['the API, signed in', '/api/claims', true, MAX_BODY_BYTES],
    ['a reader page', '/metrics/gaza-killed', true, MAX_BODY_BYTES],
    ['a path that only starts like the upload', '/editor/import-other', false, MAX_BODY_BYTES],
  ])('%s', (_name, pathname, signedIn, limit) => {
    expect(bodyLimitFor(pathname, signedIn)).toBe(limit);
  });

  test('the API keeps its contract of 1 MB', () => {
    expect(MAX_BODY_BYTES).toBe(1_048_576);
  });
});

test.each([
  [1_048_576, '1 MB'],
  [115_343_360, '110 MB'],
  [65_536, '64 KB'],
  [1000, '1000 bytes'],
])('bytesInWords(%i) is %s', (bytes, words) => {
  expect(bytesInWords(bytes)).toBe(words);
});
