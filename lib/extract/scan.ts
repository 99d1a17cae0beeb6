// What keeps the extractor linear in the length of a text. Its rules often ask whether the words
// just before a figure, a verb or an outcome word say something ("killed 45", "were reported").
// Asked of the whole text before each of them, that is a rescan per figure: quadratic in a
// sentence of many figures. These helpers answer the same question from the last words alone.

// The characters of JavaScript's \s, which String.prototype.trim and split(/\s+/) also use.
const SPACES = new Set(
  [
    0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
    0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
  ].map((code) => String.fromCharCode(code)),
);

export const isSpace = (char: string | undefined): boolean =>
  char !== undefined && SPACES.has(char);

/** Where the whitespace at the end of `text.slice(0, end)` starts. */
export function trimmedEnd(text: string, end = text.length): number {
  let at = end;
  while (at > 0 && isSpace(text[at - 1])) at--;
  return at;
}

/** Where the word that ends at `end` (exclusive, no whitespace before it) starts. */
function wordStart(text: string, end: number): number {
  let at = end;
  while (at > 0 && !isSpace(text[at - 1])) at--;
  return at;
}

/**
 * How a pattern anchored at the end ($) of a text can reach back: over at most `words`
 * whitespace-separated words (a word cut short by the end counts as one), and at most `partial`
 * characters into a word that the end cuts short. These bound where a match can start, so
 * `endPattern` reads the text from there, with the text before it still seen by \b.
 */
export type Reach = { words: number; partial: number };

/** Where a match of a pattern of reach `reach` at the end of `text.slice(0, end)` can start. */
export function reachStart(text: string, end: number, { words, partial }: Reach): number {
  let at = trimmedEnd(text, end);
  let left = words;
  if (at === end && end > 0) {
    // The end cuts a word short: a match that goes past the `partial` characters before the end
    // holds the whole word and the space before it, so it cannot start before them. The word is
    // read back no further than that: many figures can sit in one long "word" ("1;2;3;…").
    let start = end;
    while (start > 0 && end - start <= partial && !isSpace(text[start - 1])) start--;
    if (end - start > partial) return end - partial;
    at = start;
    left--;
    if (left > 0) at = trimmedEnd(text, at);
  }
  while (left > 0 && at > 0) {
    at = wordStart(text, at);
    left--;
    if (left > 0) at = trimmedEnd(text, at);
  }
  return at;
}

export type EndPattern = {
  test: (text: string) => boolean;
  exec: (text: string) => RegExpExecArray | null;
};

/**
 * A pattern that only matches at the end of a text ($), tried from where its reach lets a match
 * start: the same answer as the pattern on the whole text, at the cost of its last words.
 */
export function endPattern(pattern: RegExp, reach: Reach): EndPattern {
  const scanning = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  const exec = (text: string): RegExpExecArray | null => {
    scanning.lastIndex = reachStart(text, text.length, reach);
    return scanning.exec(text);
  };
  return { exec, test: (text) => exec(text) !== null };
}

/**
 * A pattern anchored at the start (^) of the text it was written for, tried at `index` of a longer
 * text instead of on a slice of it. The pattern must not look behind its start (no lookbehind or
 * \b there), so the answer is the same.
 */
export function stickyPattern(
  pattern: RegExp,
): (text: string, index: number) => RegExpExecArray | null {
  const source = pattern.source.replace(/^\^/, '');
  const sticky = new RegExp(source, `${pattern.flags.replace(/[gy]/g, '')}y`);
  return (text, index) => {
    sticky.lastIndex = index;
    return sticky.exec(text);
  };
}

/** A word of a text and where it sits; `isCut` when only its last characters were kept. */
export type Word = { text: string; end: number; isCut: boolean };

/**
 * The last `count` whitespace-separated words of `text.slice(0, end)`, first to last. A word longer
 * than `longest` is kept as its last `longest` characters and is the first word returned: rules
 * that read the last words (a hedge, a verb) never match across a word that long, so what stands
 * before it does not matter, and reading it whole before every figure would be quadratic.
 */
export function lastWords(text: string, end: number, count: number, longest: number): Word[] {
  const words: Word[] = [];
  let at = trimmedEnd(text, end);
  while (words.length < count && at > 0) {
    let start = at;
    while (start > 0 && at - start < longest && !isSpace(text[start - 1])) start--;
    const isCut = start > 0 && !isSpace(text[start - 1]);
    words.unshift({ text: text.slice(start, at), end: at, isCut });
    if (isCut) break;
    at = trimmedEnd(text, start);
  }
  return words;
}

/** The index of the first item whose key is at least `value`, in items sorted by key. */
export function lowerBound<T>(
  items: readonly T[],
  value: number,
  key: (item: T) => number,
): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const item = items[middle] as T;
    if (key(item) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
