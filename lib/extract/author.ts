import { DATE, resolveDate } from './calendar';
import { isOrganisation, nameClaimant } from './claimant-names';

/** What the text says about itself: who wrote it, the wire agency of a dateline, its date. */
export type TextFacts = { author: string | null; agency: string | null; published: string | null };

const AGENCY =
  /^[\p{Lu}][\p{Lu}\p{L}\p{N} .,'-]{1,60}\((Reuters|AP|AFP|Anadolu|Xinhua|dpa|UPI|IANS|PTI|ANI|WAFA|SANA|IRNA|Tasnim|TASS|Interfax)\)/mu;
const DATE_LINE = new RegExp(
  String.raw`^\s*(?:(?:Published|Issued|Date)\s*(?::\s*)?)?(?:\p{L}+day,?\s+)?(${DATE})\s*$`,
  'u',
);

function nonEmptyLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** A line that is only an organisation's name: "Ministry of Health - Gaza", "OCHA". */
function organisationLine(line: string): string | null {
  if (/\d/.test(line) || /[.!?;]$/.test(line) || /^by\s/i.test(line) || /^\(/.test(line))
    return null;
  const words = line.split(/\s+/);
  if (words.length > 10 || !isOrganisation(line)) return null;
  const isTitleCase = words.every(
    (w) =>
      /^[\p{Lu}\p{N}([-–|&]/u.test(w) ||
      /^(?:of|for|the|and|on|in|de|du|des|la|le|sans|-|–|&)$/i.test(w),
  );
  return isTitleCase ? cleanAuthor(line) : null;
}

function cleanAuthor(line: string): string {
  const part = line.split(/(?<!\s)\s+\|\s+/).find((p) => isOrganisation(p)) ?? line;
  return nameClaimant(part)?.name ?? part;
}

/** A sign-off: a short title-case name on the last lines, maybe above a date. */
function signOff(lines: string[]): string | null {
  const tail = lines.slice(-3).filter((line) => !DATE_LINE.test(line));
  const last = tail.at(-1);
  if (!last) return null;
  const [, issuer] = /^(?:Issued|Published|Signed)\s+by\s+(?!\s)(.+)$/i.exec(last) ?? [];
  if (issuer) return cleanAuthor(issuer);
  const words = last.split(/\s+/);
  const isName =
    words.length <= 8 &&
    !/\d|[.!?;:,]$/.test(last) &&
    !/^\(/.test(last) &&
    words.every((w) => /^[\p{Lu}(]/u.test(w) || /^(?:of|for|the|and|de|du|des|sans|-|–)$/i.test(w));
  return isName ? cleanAuthor(last) : null;
}

/**
 * Reads who wrote a text from its letterhead (an organisation's name among its first lines) or its
 * sign-off, the agency of a wire dateline ("CAIRO, July 14 (Reuters) -"), and its date from a
 * line holding nothing but a date.
 */
export function readTextFacts(text: string): TextFacts {
  const lines = nonEmptyLines(text);
  const head = lines.slice(0, 4);
  const firstBody = head.findIndex((line) => line.split(/\s+/).length > 12 || /[.!?]$/.test(line));
  const letterhead = (firstBody < 0 ? head : head.slice(0, firstBody))
    .map(organisationLine)
    .find(Boolean);
  const dateLine = lines.map((line) => DATE_LINE.exec(line)?.[1]).find((d) => d && /\d{4}/.test(d));
  return {
    author: letterhead ?? (lines.length > 2 ? signOff(lines) : null),
    agency: AGENCY.exec(text)?.[1] ?? null,
    published: dateLine ? resolveDate(dateLine, undefined) : null,
  };
}
