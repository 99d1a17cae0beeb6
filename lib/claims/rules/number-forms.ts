import {
  SCALE_WORDS,
  SHORT_SCALES,
  TENS_WORDS,
  UNIT_WORDS,
  integerInWords,
} from '@/lib/text/number-words';

// Beyond this, doubles stop holding every integer and nobody writes a toll out in words.
const LARGEST_IN_WORDS = 1e15 - 1;

/** 48450 → "48,450"; 1234.5 → "1,234.5". */
function groupedDigits(value: number): string {
  const [whole = '', fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** 1200000 in millions → "1.2", when two decimals say it exactly; otherwise null. */
function inUnitsOf(value: number, size: number): string | null {
  const hundredths = (value / size) * 100;
  if (Math.abs(hundredths - Math.round(hundredths)) > 1e-6) return null;
  return String(Math.round(hundredths) / 100);
}

/** The idioms a reporter writes instead of the plain number: "a dozen", "half a million". */
function idioms(n: number): string[] {
  const forms: string[] = [];
  const byValue: Record<number, string[]> = {
    6: ['half a dozen'],
    12: ['a dozen'],
    100: ['a hundred'],
    1000: ['a thousand'],
    5e5: ['half a million'],
    1e6: ['a million'],
    5e8: ['half a billion'],
    1e9: ['a billion'],
  };
  forms.push(...(byValue[n] ?? []));
  if (n % 12 === 0 && n >= 24 && n <= 120) forms.push(`${integerInWords(n / 12)} dozen`);
  if (n > 100 && n < 200) forms.push(`a ${integerInWords(n).slice('one '.length)}`);
  // "Fifteen hundred" is how many people say 1,500.
  if (n > 1000 && n < 10000 && n % 100 === 0 && n % 1000 !== 0) {
    forms.push(`${integerInWords(n / 100)} hundred`);
  }
  return forms;
}

/**
 * The common ways a number is written in English prose, most literal first: "1,000", "1000",
 * "one thousand", "a thousand"; 1200000 also as "1.2 million" and "1.2m". Empty for a value that
 * is negative or not finite, which no claim holds.
 */
export function numberForms(value: number): string[] {
  if (!Number.isFinite(value) || value < 0) return [];
  // 1e21 and above print in exponent form, which is no written form at all.
  if (value >= 1e21) return [];
  const forms = [groupedDigits(value), String(value)];
  if (Number.isInteger(value) && value <= LARGEST_IN_WORDS) {
    forms.push(integerInWords(value), ...idioms(value));
  }
  for (const [long, size] of SCALE_WORDS) {
    const short = SHORT_SCALES[long];
    if (short === undefined) continue;
    const scaled = value >= size && value < size * 1000 ? inUnitsOf(value, size) : null;
    if (scaled) forms.push(`${scaled} ${long}`, `${scaled}${short}`);
  }
  return [...new Set(forms)];
}

export type TextSpan = { start: number; end: number };

const WORD_JOIN = String.raw`(?:\s*-\s*|\s+)`;
const SMALL_WORD = [...UNIT_WORDS, ...TENS_WORDS].join('|');
const SCALE_WORD = ['hundred', ...SCALE_WORDS.map(([name]) => name), 'dozen'].join('|');

// What may not touch a match, or it is part of a larger number: "1745", "7,450", "12.5", "12th",
// "twenty-five", "two hundred and fifty", "1.2 million", "one and a half".
const REJECT_BEFORE_DIGIT = [/[\p{L}\p{N}_]$/u, /\d[.,]$/];
const REJECT_BEFORE_WORD = [
  /[\p{L}\p{N}_]$/u,
  new RegExp(String.raw`\b(?:${SMALL_WORD})${WORD_JOIN}$`, 'i'),
  new RegExp(String.raw`\b(?:${SCALE_WORD})(?:\s+and)?${WORD_JOIN}$`, 'i'),
];
const REJECT_AFTER_ANY = [/^[\p{L}\p{N}_]/u, /^\s+and\s+a\s+half\b/i];
const REJECT_AFTER_DIGIT = [
  /^,\d{3}(?!\d)/,
  /^\.\d/,
  new RegExp(String.raw`^${WORD_JOIN}(?:${SCALE_WORD})\b`, 'i'),
];
const REJECT_AFTER_WORD = [
  new RegExp(String.raw`^${WORD_JOIN}(?:${SMALL_WORD}|${SCALE_WORD}|point)\b`, 'i'),
];
const REJECT_AFTER_SCALE = [new RegExp(String.raw`^\s+and\s+(?:${SMALL_WORD})\b`, 'i')];
const ENDS_WITH_SCALE = new RegExp(String.raw`(?:${SCALE_WORD})$`);

/** A form as a pattern that tolerates the spacing, hyphens and "and" that prose varies. */
function formPattern(form: string): RegExp {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
  const flexible = escaped
    .replaceAll(' and ', String.raw`,?(?:\s+and)?\s+`)
    .replaceAll(' ', String.raw`,?\s+`)
    .replaceAll('-', WORD_JOIN);
  return new RegExp(flexible, 'gi');
}

function isWholeNumber(text: string, span: TextSpan, form: string): boolean {
  const before = text.slice(0, span.start);
  const after = text.slice(span.end);
  const rejectBefore = /^\d/.test(form) ? REJECT_BEFORE_DIGIT : REJECT_BEFORE_WORD;
  const rejectAfter = [
    ...REJECT_AFTER_ANY,
    ...(/\d$/.test(form) ? REJECT_AFTER_DIGIT : REJECT_AFTER_WORD),
    ...(ENDS_WITH_SCALE.test(form) ? REJECT_AFTER_SCALE : []),
  ];
  return !rejectBefore.some((r) => r.test(before)) && !rejectAfter.some((r) => r.test(after));
}

/**
 * Where `text` first writes `value` in one of its numberForms, as JS string offsets, or null. Only
 * whole numbers count: 745 is not found in "1745" or "7,450", nor 5 in "twenty-five"; case,
 * spacing and a British "and" may vary ("One hundred fifty" is 150).
 */
export function findNumberInText(text: string, value: number): TextSpan | null {
  let first: TextSpan | null = null;
  for (const form of numberForms(value)) {
    const pattern = formPattern(form);
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (isWholeNumber(text, span, form)) {
        const isEarlier = !first || span.start < first.start;
        const isLongerAtSameStart = first && span.start === first.start && span.end > first.end;
        if (isEarlier || isLongerAtSameStart) first = span;
        break;
      }
      // A rejected match may overlap an acceptable one that starts inside it.
      pattern.lastIndex = match.index + 1;
    }
  }
  return first;
}
