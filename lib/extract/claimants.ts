import { type NamedClaimant, isOrganisation, nameClaimant } from './claimant-names';
import { groupMatches } from '@/lib/text/matches';

/** A claimant named in a sentence, where it is named, and who relayed it ("told AFP"). */
export type Mention = NamedClaimant & { at: number; via: string | null };

const SPEECH =
  /\b(?:said|says|say|told|tells|reported|reports|announced|announces|stated|added|adds|confirmed|confirms|noted|notes|estimated|estimates|estimate|recorded|records|documented|documents|counted|verified|tallied|declared|wrote|posted|tweeted|revealed|warned|claimed|registered)\b/g;
// "were reported killed", "an estimated 500", "are estimated to be", "claimed the lives of".
const NOT_SPEECH_BEFORE = /\b(?:was|were|been|being|is|are|be|an|widely|all)\s+$/i;
// "amid reports of", "media reports": the present tense of these verbs is also a plural noun.
const NOUN_BEFORE =
  /\b(?:amid|of|the|these|those|such|his|her|their|its|media|news|press|unconfirmed|initial|earlier|latest|recent|in)\s+$/i;
const NOUN_LIKE = /^(?:reports|claims|estimates|records|notes|documents|counts)$/;
const NOT_SPEECH_AFTER =
  /^\s+(?:killed|dead|missing|injured|wounded|to\s+(?:be|have)|the\s+lives|lives)\b/i;
const ADVERB =
  /^(?:meanwhile|however|also|too|later|separately|further|in addition|for example|earlier|then)$/i;
const TRAILING =
  /\s+(?:has|have|had|also|further|later|earlier|previously|separately|then|meanwhile|on \w+)$/i;
const BOUNDARY = /[,;:“”"(—–]|\s-\s|\bthat\s/g;
const VIA = /^\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})/;
const CLAUSE_WORDS =
  /\b(?:were|was|is|are|have|has|had|been|killed|wounded|injured|died|that|which|who)\b/i;

function segmentsBefore(text: string): string[] {
  const cuts = [0, ...[...text.matchAll(BOUNDARY)].map((m) => m.index + m[0].length)];
  return cuts.map((cut, i) =>
    text.slice(cut, [...text.matchAll(BOUNDARY)][i]?.index ?? text.length).trim(),
  );
}

function subjectOf(before: string): NamedClaimant | null {
  const segments = segmentsBefore(before);
  let subject = segments.pop() ?? '';
  while (TRAILING.test(subject)) subject = subject.replace(TRAILING, '');
  if (subject === '' || ADVERB.test(subject)) return apposed(segments);
  if (CLAUSE_WORDS.test(subject)) return null;
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
  for (const verb of sentence.matchAll(SPEECH)) {
    const before = sentence.slice(0, verb.index);
    const after = sentence.slice(verb.index + verb[0].length);
    if (NOT_SPEECH_BEFORE.test(before) || NOT_SPEECH_AFTER.test(after)) continue;
    if (NOUN_LIKE.test(verb[0]) && NOUN_BEFORE.test(before)) continue;
    const via = verb[0] === 'told' ? (VIA.exec(after)?.[1]?.replace(/^the\s+/, '') ?? null) : null;
    const isAfterComma = /[,;]\s*$/.test(before) && !/^t(?:old|ells)$/.test(verb[0]);
    const [, inverted] =
      (isAfterComma ? /^\s+((?:the\s+)?[^,.;]+?)\s*(?=[,.;]|$)/.exec(after) : null) ?? [];
    const invertedName = inverted && !CLAUSE_WORDS.test(inverted) ? nameClaimant(inverted) : null;
    const named = invertedName ?? subjectOf(before);
    if (named) mentions.push({ ...named, at: verb.index, via });
  }
  return mentions;
}

const ACCORDING =
  /\baccording to\s+([^,.;:]+?)(?=\s+(?:on|in (?:its|a|his|her|their|the latest)|as of|which|that|who)\b|[,.;:]|$)/gi;
const CITING =
  /\b(?:citing|quoting)\s+([^,.;:]+?)(?=\s+(?:as saying|indicate|show|said|say)\b|[,.;:]|$)/gi;
const BY_SOURCE =
  /\b(?:(?:released|published|compiled|provided|issued|shared|recorded|documented|verified|counted)\s+by|(?:figures|data|statistics|estimates)\s+(?:from|by))\s+([^,.;:]+?)(?=[,.;:]|$)/gi;
const POSSESSIVE =
  /((?:\p{Lu}[\p{L}-]*|\p{Ll}+)(?:\s+[\p{L}-]+){0,3})['’]s\s+(?:(?:latest|overall|daily|updated|new|final|official|own|preliminary|cumulative)\s+)*(?:death\s+)?(?:toll|figures|count|tally|data|statistics|estimates?|numbers)\b/gu;
const COLON_PREFIX = /^([\p{Lu}][^:]{2,60}):\s/u;

/**
 * Every claimant a sentence names for what it reports: "according to X", "X said" (and "said X"),
 * "X's toll", "figures from X", a heading "X: …", and "we" for the text's own voice.
 */
export function findMentions(sentence: string): Mention[] {
  const found: Mention[] = [];
  const add = (phrase: string, at: number) => {
    // "Israeli official sources quoted by OCHA": the source, relayed by OCHA.
    const [source = '', relay] = phrase.split(/\s+(?:quoted|cited)\s+by\s+/i);
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
  if (found.length === 0 && /\b(?:we|our|us)\b/i.test(sentence.replace(/[“"][^”"]*[”"]/g, ''))) {
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
