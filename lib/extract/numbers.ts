/** A number written in a sentence, with its offsets in that sentence. */
export type NumberToken = { start: number; end: number; value: number };

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  m: 1e6,
  bn: 1e9,
};

const SMALL = `(?:${TENS.join('|')})(?:-(?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.join('|')}`;
const SCALE = 'hundred|thousand|million|billion';
// "a dozen", "two hundred and fifty", "half a million", "twenty-five": a word number is small
// numbers and scales joined by spaces, hyphens and a British "and" after a scale.
const WORDS = new RegExp(
  String.raw`\b(?:half an? (?:${SCALE}|dozen)|an? (?:${SCALE}|dozen)|(?:${SMALL})(?:[ -](?:${SCALE}|dozen))?)` +
    String.raw`(?:(?: and | |-)(?:${SMALL}|${SCALE})\b)*\b`,
  'gi',
);
// Digits with comma thousands and an optional decimal, not glued to letters or other digits: an
// ordinal ("3rd"), a code ("F-16", "A/RES/10") or a decimal's tail is no number of its own.
const DIGITS =
  /(?<![\p{L}\p{N}_/]|\p{L}-|\d[.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(million|billion|thousand)\b|(m|bn)\b)?(?![\p{L}\p{N}_/]|[.,]\d)/gu;

function wordsValue(phrase: string): number | null {
  let total = 0;
  let current = 0;
  let isHalf = false;
  for (const word of phrase.toLowerCase().split(/[ -]+/)) {
    if (word === 'and') continue;
    if (word === 'half') isHalf = true;
    else if (word === 'a' || word === 'an') current = current || 1;
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (UNITS.includes(word)) current += UNITS.indexOf(word);
    else if (TENS.includes(word)) current += (TENS.indexOf(word) + 2) * 10;
    else if (word in SCALES) {
      total += (current || 1) * SCALES[word];
      current = 0;
    }
  }
  const value = total + current;
  return isHalf ? value / 2 : value;
}

// "1,4 million": a decimal comma, which only a scale word after it makes unambiguous.
const DECIMAL_COMMA = /(?<![\p{N},.])(\d{1,3}),(\d{1,2})\s+(million|billion)\b/gu;

/** Every number in a sentence, in digits ("48,450", "1.2 million") or words ("nearly two hundred"). */
export function findNumbers(sentence: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of sentence.matchAll(DIGITS)) {
    const [, whole, fraction = '', scale, short] = match;
    const base = Number(whole.replaceAll(',', '') + fraction);
    const factor = SCALES[(scale ?? short ?? '').toLowerCase()] ?? 1;
    tokens.push({
      start: match.index,
      end: match.index + match[0].length,
      value: Number((base * factor).toPrecision(15)),
    });
  }
  for (const match of sentence.matchAll(DECIMAL_COMMA)) {
    const value = Number(`${match[1]}.${match[2]}`) * SCALES[match[3].toLowerCase()];
    tokens.push({
      start: match.index,
      end: match.index + match[0].length,
      value: Number(value.toPrecision(15)),
    });
  }
  for (const match of sentence.matchAll(WORDS)) {
    // Numbers joined by "and" with no scale between them are two numbers: "between two and three".
    for (const part of splitAtPlainAnd(match[0], match.index)) {
      const value = wordsValue(part.text);
      if (value !== null && value > 0) tokens.push({ start: part.start, end: part.end, value });
    }
  }
  return tokens.sort((a, b) => a.start - b.start);
}

function splitAtPlainAnd(
  phrase: string,
  offset: number,
): { text: string; start: number; end: number }[] {
  const parts: { text: string; start: number; end: number }[] = [];
  let from = 0;
  for (const and of phrase.matchAll(/ and /gi)) {
    const before = phrase.slice(from, and.index);
    if (new RegExp(String.raw`(?:${SCALE})$`, 'i').test(before)) continue;
    parts.push({ text: before, start: offset + from, end: offset + and.index });
    from = and.index + and[0].length;
  }
  parts.push({ text: phrase.slice(from), start: offset + from, end: offset + phrase.length });
  return parts;
}
