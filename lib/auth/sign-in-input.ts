import { z } from 'zod';

/** Where a signed-in editor goes when `next` is missing or leads off the site. */
export const AFTER_SIGN_IN = '/editor';

// A stand-in for the app's own origin: a `next` that resolves to another origin against it would
// do so against the real one too. `.invalid` is reserved (RFC 2606) and never names a real site.
const HERE = 'http://tally.invalid';

// Longer than any page address Tally makes; a longer `next` is not one of its own.
const MAX_NEXT_LENGTH = 2048;

/**
 * The path (with query and fragment) `next` leads to when it stays on this site, else null. It is
 * resolved as the browser would resolve it (`//host`, `/\host`, `https://…`, tabs and newlines
 * that the URL parser drops, dot segments), and what is kept is the URL parser's own percent-
 * encoded spelling, which must lead to this site once more: `/.//evil.example` resolves to the
 * path `//evil.example`, which a browser would read as another host.
 */
export function sameSitePath(next: string): string | null {
  if (next.length > MAX_NEXT_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return null;
  }
  if (url.origin !== HERE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  try {
    return new URL(path, HERE).origin === HERE && path.startsWith('/') && !/^\/[/\\]/.test(path)
      ? path
      : null;
  } catch {
    return null;
  }
}

export const SignInInput = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Enter your email').max(320),
  password: z.string().min(1, 'Enter your password').max(200),
  // Only a path on this site: anything else would make sign-in an open redirect.
  next: z
    .string()
    .transform((next) => sameSitePath(next) ?? AFTER_SIGN_IN)
    .catch(AFTER_SIGN_IN),
});
export type SignInInput = z.infer<typeof SignInInput>;
