/** A slug: lowercase letters and digits, in words joined by single hyphens ("gaza-killed"). */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** What to tell someone whose slug does not match SLUG_PATTERN. */
export const SLUG_HINT = 'Use lowercase letters, digits and hyphens';

/** "Syrian Observatory for Human Rights" → "syrian-observatory-for-human-rights". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'source';
}

/** "gaza-war" → "Gaza war": the title of a topic created from nothing but its slug. */
export function titleFromSlug(slug: string): string {
  const words = slug.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
