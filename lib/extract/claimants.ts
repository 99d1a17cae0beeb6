import { type NamedClaimant, isOrganisation, nameClaimant } from './claimant-names';
import { groupMatches } from '@/lib/text/matches';
import { checkDeadline } from './deadline';
import { endPattern, lowerBound } from './scan';

/** A claimant named in a sentence, where it is named, and who relayed it ("told AFP"). */
export type Mention = NamedClaimant & { at: number; via: string | null };

const SPEECH =
  /\b(?:said|says|say|told|tells|reported|reports|announced|announces|stated|added|adds|confirmed|confirms|noted|notes|estimated|estimates|estimate|recorded|records|documented|documents|counted|verified|tallied|declared|wrote|posted|tweeted|revealed|warned|claimed|registered)\b/g;
// "were reported killed", "an estimated 500", "are estimated to be", "claimed the lives of".
// The words before a verb are read from their end (see scan.ts).
const NOT_SPEECH_BEFORE = endPattern(/\b(?:was|were|been|being|is|are|be|an|widely|all)\s+$/i, {
  words: 1,
  partial: 0,
});
// "amid reports of", "media reports": the present tense of these verbs is also a plural noun.
const NOUN_BEFORE = endPattern(
  /\b(?:amid|of|the|these|those|such|his|her|their|its|media|news|press|unconfirmed|initial|earlier|latest|recent|in)\s+$/i,
  { words: 1, partial: 0 },
);
const AFTER_COMMA = endPattern(/[,;]\s*$/, { words: 1, partial: 1 });
// "…, said the interior ministry." The phrase ends before the spaces ahead of the stop, which the
// lookbehind finds once for each run of spaces instead of once for each space in it.
// The phrase starts at the first character that is not a space, so the spaces before it are read
// one way only.
const INVERTED = /^\s+((?:the\s+)?[^,.;\s][^,.;]*?)(?<!\s)\s*(?=[,.;]|$)/;
const NOUN_LIKE = /^(?:reports|claims|estimates|records|notes|documents|counts)$/;
const NOT_SPEECH_AFTER =
  /^\s+(?:killed|dead|missing|injured|wounded|to\s+(?:be|have)|the\s+lives|lives)\b/i;
const ADVERB =
  /^(?:meanwhile|however|also|too|later|separately|further|in addition|for example|earlier|then)$/i;
// Words that end a subject without naming anyone: its own spaces and up to two words, "on Sunday".
const TRAILING = endPattern(
  /(?<!\s)\s+(?:has|have|had|also|further|later|earlier|previously|separately|then|meanwhile|on \w+)$/i,
  { words: 3, partial: Infinity },
);
// A subject of more words than this names no one: a name has at most twelve once cleaned, and
// reading longer ones before every verb of a long sentence would make the search quadratic.
const SUBJECT_WORDS = 40;
const BOUNDARY = /[,;:“”"(—–]|\s-\s|\bthat\s/g;
const VIA = /^\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})/;
const CLAUSE_WORDS =
  /\b(?:were|was|is|are|have|has|had|been|killed|wounded|injured|died|that|which|who)\b/i;

/**
 * The last `count` segments of the text before `end`, trimmed: the stretches between boundaries.
 * The boundaries are those of the whole sentence, found once; the ones that end by `end` are the
 * boundaries its beginning has, as none of them can be cut short into another.
 */
function segmentsBefore(
  text: string,
  boundaries: readonly RegExpExecArray[],
  end: number,
  count: number,
): string[] {
  const within = lowerBound(boundaries, end + 1, (b) => b.index + b[0].length);
  const segments: string[] = [];
  for (let i = within; i >= 0 && segments.length < count; i--) {
    const previous = boundaries[i - 1];
    const from = previous ? previous.index + previous[0].length : 0;
    const to = i === within ? end : (boundaries[i]?.index ?? end);
    segments.unshift(text.slice(from, to).trim());
  }
  return segments;
}

/** Whether a text has more than `most` words, counting from its end no further than that. */
function hasMoreWords(text: string, most: number): boolean {
  let words = 0;
  for (let at = text.length; at > 0;) {
    while (at > 0 && /\s/.test(text[at - 1] ?? '')) at--;
    if (at === 0) break;
    if (++words > most) return true;
    while (at > 0 && !/\s/.test(text[at - 1] ?? '')) at--;
  }
  return false;
}

function subjectOf(segments: string[]): NamedClaimant | null {
  let subject = segments.pop() ?? '';
  for (let trailing = TRAILING.exec(subject); trailing; trailing = TRAILING.exec(subject))
    subject = subject.slice(0, trailing.index);
  if (subject === '' || ADVERB.test(subject)) return apposed(segments);
  if (hasMoreWords(subject, SUBJECT_WORDS) || CLAUSE_WORDS.test(subject)) return null;
  const named = nameClaimant(subject);
  // "the so-called Syrian Observatory for Human Rights, a UK-based monitor said": the name is in
  // the segment before the description.
  if (named?.reference === 'generic') {
    const proper = properName(segments.at(-1));
    if (proper) return { ...proper, description: named.name };
  }
  return named;
}

/** "Ahmed Nasser, a spokesman for the Civil Defence, said": the organisation, else the person. */
function apposed(segments: string[]): NamedClaimant | null {
  const [role, person] = [segments.at(-1), segments.at(-2)];
  const fromRole = role ? nameClaimant(role) : null;
  if (fromRole?.description && isOrganisation(fromRole.name)) return fromRole;
  return properName(role) ?? properName(person);
}

function properName(segment: string | undefined): NamedClaimant | null {
  if (!segment || /\d/.test(segment) || !/^(?:the\s+)?(?:so-called\s+)?\p{Lu}/u.test(segment))
    return null;
  if (CLAUSE_WORDS.test(segment) || segment.split(/\s+/).length > 10) return null;
  const named = nameClaimant(segment);
  return named?.reference === 'name' ? named : null;
}

function speechMentions(sentence: string): Mention[] {
  const mentions: Mention[] = [];
  const boundaries = [...sentence.matchAll(BOUNDARY)];
  for (const verb of sentence.matchAll(SPEECH)) {
    checkDeadline();
    const before = sentence.slice(0, verb.index);
    const after = sentence.slice(verb.index + verb[0].length);
    if (NOT_SPEECH_BEFORE.test(before) || NOT_SPEECH_AFTER.test(after)) continue;
    if (NOUN_LIKE.test(verb[0]) && NOUN_BEFORE.test(before)) continue;
    const via = verb[0] === 'told' ? (VIA.exec(after)?.[1]?.replace(/^the\s+/, '') ?? null) : null;
    const isAfterComma = AFTER_COMMA.test(before) && !/^t(?:old|ells)$/.test(verb[0]);
    const [, inverted] = (isAfterComma ? INVERTED.exec(after) : null) ?? [];
    const invertedName = inverted && !CLAUSE_WORDS.test(inverted) ? nameClaimant(inverted) : null;
    const named = invertedName ?? subjectOf(segmentsBefore(sentence, boundaries, verb.index, 3));
    if (named) mentions.push({ ...named, at: verb.index, via });
  }
  return mentions;
}

// A phrase starts at its first character that is not a space, and ends before the spaces ahead of
// a word like "on" or "which". The lookbehind finds such spaces once for each run of them, not
// once for each space of it (which is quadratic in a run of spaces): a phrase that could end
// inside the run would have ended where it begins.
const ACCORDING =
  /\baccording to\s+([^,.;:\s][^,.;:]*?)(?=(?<!\s)\s+(?:on|in (?:its|a|his|her|their|the latest)|as of|which|that|who)\b|[,.;:]|$)/gi;
const CITING =
  /\b(?:citing|quoting)\s+([^,.;:\s][^,.;:]*?)(?=(?<!\s)\s+(?:as saying|indicate|show|said|say)\b|[,.;:]|$)/gi;
const BY_SOURCE =
  /\b(?:(?:released|published|compiled|provided|issued|shared|recorded|documented|verified|counted)\s+by|(?:figures|data|statistics|estimates)\s+(?:from|by))\s+([^,.;:\s][^,.;:]*?)(?=[,.;:]|$)/gi;
// "X's toll". The owner's first word starts at the first capital of a word, or where its last run of
// small letters begins: a start later in the same word reads the same words after it, so trying it
// again (as an unguarded pattern does, at every letter of a long word) would fail again.
const POSSESSIVE =
  /((?:\p{Lu}(?<!\p{Lu}[\p{L}-]*?\p{Lu})[\p{L}-]*|(?<!\p{Ll})\p{Ll}+)(?:\s+[\p{L}-]+){0,3})['’]s\s+(?:(?:latest|overall|daily|updated|new|final|official|own|preliminary|cumulative)\s+)*(?:death\s+)?(?:toll|figures|count|tally|data|statistics|estimates?|numbers)\b/gu;
const COLON_PREFIX = /^([\p{Lu}][^:]{2,60}):\s/u;
const RELAYED_BY = /(?<!\s)\s+(?:quoted|cited)\s+by\s+/i;
const QUOTE_OPEN = /[“"]/g;
const QUOTE_CLOSE = /[”"]/g;

/**
 * The sentence without its quotations: what `replace(/[“"][^”"]*[”"]/g, '')` gives, reading each
 * character once (that pattern rescans to the end of the text from every opening mark left open).
 */
function withoutQuotations(sentence: string): string {
  let kept = '';
  let from = 0;
  for (;;) {
    QUOTE_OPEN.lastIndex = from;
    const open = QUOTE_OPEN.exec(sentence);
    if (!open) break;
    QUOTE_CLOSE.lastIndex = open.index + 1;
    const close = QUOTE_CLOSE.exec(sentence);
    if (!close) break;
    kept += sentence.slice(from, open.index);
    from = close.index + 1;
  }
  return kept + sentence.slice(from);
}

/**
 * Every claimant a sentence names for what it reports: "according to X", "X said" (and "said X"),
 * "X's toll", "figures from X", a heading "X: …", and "we" for the text's own voice.
 */
export function findMentions(sentence: string): Mention[] {
  const found: Mention[] = [];
  const add = (phrase: string, at: number) => {
    // "Israeli official sources quoted by OCHA": the source, relayed by OCHA.
    const [source = '', relay] = phrase.split(RELAYED_BY);
    const named = nameClaimant(source);
    if (named)
      found.push({ ...named, at, via: relay ? (nameClaimant(relay)?.name ?? null) : null });
  };
  for (const pattern of [ACCORDING, BY_SOURCE, CITING]) {
    for (const [phrase, at] of groupMatches(sentence, pattern)) add(phrase, at);
  }
  for (const [owner, at] of groupMatches(sentence, POSSESSIVE)) {
    const words = owner.split(/\s+/);
    const start = Math.max(0, words.findLastIndex((w) => /^the$/i.test(w)) + 1);
    const phrase = words.slice(start).join(' ');
    if (isOrganisation(phrase)) add(phrase, at);
  }
  const [, heading] = COLON_PREFIX.exec(sentence) ?? [];
  if (heading && isOrganisation(heading)) add(heading, 0);
  found.push(...speechMentions(sentence));
  if (found.length === 0 && /\b(?:we|our|us)\b/i.test(withoutQuotations(sentence))) {
    found.push({
      name: 'we',
      description: null,
      reference: 'first_person',
      alias: null,
      at: 0,
      via: null,
    });
  }
  return found.sort((a, b) => a.at - b.at);
}
