/** A slug: lowercase letters and digits, in words joined by single hyphens ("gaza-killed"). */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** What to tell someone whose slug does not match SLUG_PATTERN. */
export const SLUG_HINT = 'Use lowercase letters, digits and hyphens';

/**
 * "Syrian Observatory for Human Rights" → "syrian-observatory-for-human-rights"; null for a name
 * with no letter a–z or digit to make one of ("قتلى", "!!!").
 */
export function slugFrom(name: string): string | null {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || null;
}

/**
 * slugFrom, or "source" for a name it makes nothing of: for a source, whose slug gets a numbered
 * twin ("source-2") when it is taken. A metric's slug names the metric, so a metric has no such
 * fallback: two metrics named in Arabic would both be "source", the second filed under the first.
 */
export function slugify(name: string): string {
  return slugFrom(name) ?? 'source';
}

/** "gaza-war" → "Gaza war": the title of a topic created from nothing but its slug. */
export function titleFromSlug(slug: string): string {
  const words = slug.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
