/** DESIGN.md: a write to the API over 1 MB gets 413; so does any other body from anyone. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The import form takes whole files: the CLI takes 100 MB files, so the page does too. */
export const MAX_UPLOAD_BYTES = 110 * 1024 * 1024;

/** An editor's form: the drafts of a long pasted article carry every sentence they came from. */
export const MAX_EDITOR_FORM_BYTES = 8 * 1024 * 1024;

/** The sign-in form holds an email, a password and where to go next. */
export const MAX_SIGN_IN_BYTES = 64 * 1024;

/** The one path whose form posts whole files (Server Actions post to their page's path). */
export const UPLOAD_PATH = '/editor/import';

/**
 * How many body bytes the server reads for a request before answering 413. Only a client holding
 * a session cookie gets more than 1 MB, and only on editor pages: the whole file on the import
 * page, the drafts of an article elsewhere. Sign-in is tiny. The API keeps its 1 MB.
 */
export function bodyLimitFor(pathname: string, hasSessionCookie: boolean): number {
  if (pathname === '/editor/login') return MAX_SIGN_IN_BYTES;
  if (!hasSessionCookie || !pathname.startsWith('/editor/')) return MAX_BODY_BYTES;
  return pathname === UPLOAD_PATH ? MAX_UPLOAD_BYTES : MAX_EDITOR_FORM_BYTES;
}

/** A byte count as a reader says it: "1 MB", "110 MB", "64 KB". */
export function bytesInWords(bytes: number): string {
  const mb = 1024 * 1024;
  if (bytes >= mb && bytes % mb === 0) return `${bytes / mb} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}
