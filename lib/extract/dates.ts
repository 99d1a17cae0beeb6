import { DATE, WEEKDAY, monthAndYear, resolveDate, resolveRelativeDay, shiftDay } from './calendar';

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
const NUMBER_WORD = String.raw`\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty`;
const LENGTH = new RegExp(
  String.raw`\b(?:in|over|during|within)\s+(?:just\s+|only\s+|the\s+(?:past|last|previous)\s+)?(?:(${NUMBER_WORD})\s+)?(hours?|days?|weeks?)\b`,
  'gi',
);
const SPEECH_BEFORE =
  /\b(?:said|says|told(?:\s+[A-Z][\w.’'-]*){1,3}|announced|reported|stated|added|confirmed|noted|estimated|recorded|documented|verified|declared|wrote|posted)\s*(?:late\s+|early\s+)?$/;
const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  twenty: 20,
  thirty: 30,
};

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
    const end = resolveDate(m[2], published);
    const start = end ? resolveDate(m[1], published, monthAndYear(end)) : null;
    taken.push({ start: m.index, end: m.index + m[0].length });
    if (start && end && start <= end) dates.between ??= { start, end };
  }
  for (const m of sentence.matchAll(AS_OF))
    dates.asOf ??= resolve(m[1], m.index, m.index + m[0].length);
  for (const m of sentence.matchAll(SINCE)) {
    const day = resolve(m[1], m.index, m.index + m[0].length);
    if (day) dates.since.push({ start: m.index, end: m.index + m[0].length, day });
  }
  for (const m of sentence.matchAll(LENGTH)) {
    const count = m[1] ? (WORD_NUMBERS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
    if (!m[1] && /s$/i.test(m[2])) continue;
    const unit = m[2].toLowerCase().replace(/s$/, '');
    const days = unit === 'hour' ? Math.ceil(count / 24) : unit === 'week' ? count * 7 : count;
    dates.lengths.push({ start: m.index, end: m.index + m[0].length, days, text: m[0] });
  }
  for (const m of sentence.matchAll(ON_DAY)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((t) => start < t.end && end > t.start)) continue;
    const before = sentence.slice(0, start);
    const isBare = m[3] !== undefined;
    const isStatement =
      SPEECH_BEFORE.test(before) ||
      (/^\s*$/.test(before) && hasSpeech && /^,/.test(sentence.slice(end).trimStart()));
    if (isBare && !SPEECH_BEFORE.test(before)) continue;
    // A comma between thousands ("1,139") does not end a stretch of the sentence.
    const stretchStart = [...before.matchAll(/[,;]\s/g)].at(-1)?.index ?? 0;
    // "killed since war erupted on October 7": that day opens a period; it dates no event.
    const isSince = /\bsince\b/i.test(sentence.slice(stretchStart, start));
    const isEvent =
      !isStatement && !isSince && figures.some((f) => f.start >= stretchStart && f.end <= start);
    if (!isStatement && !isEvent) continue;
    const day = resolve(m[1] ?? m[2] ?? m[3], start, end);
    if (isStatement) dates.statedOn ??= day;
    else dates.eventDay ??= day;
  }
  return dates;
}

/** The first day of a period of `days` days that ends on `last`, both days counted. */
export function periodStartFor(last: string, days: number): string | null {
  return shiftDay(last, 1 - days);
}
