import { TENS_WORDS, UNIT_WORDS, wordsValue } from '@/lib/text/number-words';
import { shiftDay } from '@/lib/text/dates';
import { DATE, WEEKDAY, monthAndYear, resolveDate, resolveRelativeDay } from './calendar';
import { endPattern, lowerBound } from './scan';

type Span = { start: number; end: number };

/** What a sentence says about the dates of its figures. Clause-bound facts carry their span. */
export type SentenceDates = {
  asOf: string | null;
  statedOn: string | null;
  eventDay: string | null;
  between: { start: string; end: string } | null;
  /** "since 7 October", bound to its clause ("…, while …" starts another). */
  since: (Span & { day: string })[];
  /** "in just two days", "in the past 24 hours": a number of days, bound to its clause. */
  lengths: (Span & { days: number; text: string })[];
  notes: string[];
  /** Whether a relative day could not be resolved for want of a publication date. */
  isUnresolved: boolean;
};

const DAY_WORDS = String.raw`(?:${DATE}|${WEEKDAY}|yesterday|today)`;
const AS_OF = new RegExp(
  String.raw`\b(?:as of|as at|as on|up until|until)\s+(?:${WEEKDAY},?\s+)?(${DAY_WORDS})`,
  'gi',
);
const SINCE = new RegExp(String.raw`\bsince\s+(?:${WEEKDAY},?\s+)?(${DAY_WORDS})`, 'gi');
const FIRST_DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?[A-Z][a-z]+\.?)?(?:,?\s+\d{4})?|${DATE}`;
const BETWEEN = new RegExp(
  String.raw`\b(?:[Bb]etween|[Ff]rom)\s+(?:the\s+\w+\s+of\s+)?(${FIRST_DAY})\s+(?:and|to|until)\s+(?:(?:\d{1,2}[:.]\d{2}|noon|midnight)\s+on\s+)?(${DATE})`,
  'g',
);
const ON_DAY = new RegExp(
  String.raw`\b(?:on\s+(?:${WEEKDAY},?\s+)?(${DATE}|${WEEKDAY})|(yesterday|today)|(${WEEKDAY}))\b`,
  'gi',
);
// The counts a stretch of time is given in ("in just two days"); wordsValue reads them.
const NUMBER_WORD = [String.raw`\d+`, 'a', 'an', ...UNIT_WORDS, ...TENS_WORDS].join('|');
const LENGTH = new RegExp(
  String.raw`\b(?:in|over|during|within)\s+(?:just\s+|only\s+|the\s+(?:past|last|previous)\s+)?(?:(${NUMBER_WORD})\s+)?(hours?|days?|weeks?)\b`,
  'gi',
);
// Read from the end of the text before a day (see scan.ts): "told" and three names, and "late". A
// name glued to the day ("told Ahmed-yesterday") is read up to 64 characters of it.
const SPEECH_BEFORE = endPattern(
  /\b(?:said|says|told(?:\s+[A-Z][\w.’'-]*){1,3}|announced|reported|stated|added|confirmed|noted|estimated|recorded|documented|verified|declared|wrote|posted)\s*(?:late\s+|early\s+)?$/,
  { words: 5, partial: 64 },
);
const STRETCH_BREAK = /[,;]\s/g;
const SINCE_WORD = /\bsince\b/gi;

function dayOf(written: string, published: string | undefined): string | null {
  return /^\p{L}+$/u.test(written)
    ? resolveRelativeDay(written, published)
    : resolveDate(written, published);
}

/**
 * Reads the dates a sentence gives its figures: "as of", "since", "between … and …", the day a
 * statement was made ("said on Sunday") or an event happened ("killed on Thursday"), and period
 * lengths. `figures` are the sentence offsets of its figures, `hasSpeech` whether it names a claimant.
 */
export function readSentenceDates(
  sentence: string,
  published: string | undefined,
  figures: Span[],
  hasSpeech: boolean,
): SentenceDates {
  const dates: SentenceDates = {
    asOf: null,
    statedOn: null,
    eventDay: null,
    between: null,
    since: [],
    lengths: [],
    notes: [],
    isUnresolved: false,
  };
  const taken: Span[] = [];
  const resolve = (written: string, start: number, end: number): string | null => {
    taken.push({ start, end });
    const day = dayOf(written, published);
    if (!day) dates.isUnresolved = true;
    else if (/^\p{L}+$/u.test(written)) {
      dates.notes.push(
        `"${sentence.slice(start, end)}" read as ${day}, against publication on ${published}.`,
      );
    }
    return day;
  };
  for (const m of sentence.matchAll(BETWEEN)) {
    const [text, first = '', last = ''] = m;
    const end = resolveDate(last, published);
    const start = end ? resolveDate(first, published, monthAndYear(end)) : null;
    taken.push({ start: m.index, end: m.index + text.length });
    if (start && end && start <= end) dates.between ??= { start, end };
  }
  for (const m of sentence.matchAll(AS_OF)) {
    const [text, written = ''] = m;
    dates.asOf ??= resolve(written, m.index, m.index + text.length);
  }
  for (const m of sentence.matchAll(SINCE)) {
    const [text, written = ''] = m;
    const day = resolve(written, m.index, m.index + text.length);
    if (day) dates.since.push({ start: m.index, end: m.index + text.length, day });
  }
  for (const m of sentence.matchAll(LENGTH)) {
    const [text, number, unitWord = ''] = m;
    const count =
      number === undefined ? 1 : /^\d+$/.test(number) ? Number(number) : wordsValue(number);
    if (number === undefined && /s$/i.test(unitWord)) continue;
    const unit = unitWord.toLowerCase().replace(/s$/, '');
    const days = unit === 'hour' ? Math.ceil(count / 24) : unit === 'week' ? count * 7 : count;
    dates.lengths.push({ start: m.index, end: m.index + text.length, days, text });
  }
  // Found once for the sentence, not again for each day it names.
  let reach = -1;
  const dated = taken
    .toSorted((a, b) => a.start - b.start)
    .map((t) => ({ ...t, reach: (reach = Math.max(reach, t.end)) }));
  const breaks = [...sentence.matchAll(STRETCH_BREAK)].map((m) => m.index);
  const sinces = [...sentence.matchAll(SINCE_WORD)].map((m) => m.index);
  for (const m of sentence.matchAll(ON_DAY)) {
    const start = m.index;
    const end = start + m[0].length;
    // The days taken above; the ones this loop resolves end before the next day starts.
    const overlapping = lowerBound(dated, end, (t) => t.start);
    if (overlapping > 0 && (dated[overlapping - 1]?.reach ?? -1) > start) continue;
    const textBefore = sentence.slice(0, start);
    const isBare = m[3] !== undefined;
    const isStatement =
      SPEECH_BEFORE.test(textBefore) ||
      (/^\s*$/.test(textBefore) && hasSpeech && /^,/.test(sentence.slice(end).trimStart()));
    if (isBare && !SPEECH_BEFORE.test(textBefore)) continue;
    // A comma between thousands ("1,139") does not end a stretch of the sentence.
    const stretchStart = breaks[lowerBound(breaks, start - 1, (b) => b) - 1] ?? 0;
    // "killed since war erupted on October 7": that day opens a period; it dates no event.
    const since = sinces[lowerBound(sinces, stretchStart, (i) => i)];
    const isSince = since !== undefined && since + 'since'.length <= start;
    const figure = figures[lowerBound(figures, stretchStart, (f) => f.start)];
    const isEvent = !isStatement && !isSince && figure !== undefined && figure.end <= start;
    if (!isStatement && !isEvent) continue;
    const day = resolve(m[1] ?? m[2] ?? m[3] ?? '', start, end);
    if (isStatement) dates.statedOn ??= day;
    else dates.eventDay ??= day;
  }
  return dates;
}

/** The first day of a period of `days` days that ends on `last`, both days counted. */
export function periodStartFor(last: string, days: number): string | null {
  return shiftDay(last, 1 - days);
}
