import type { SourceKind } from '@/db/enums';

/** A claimant as named in a sentence, before it is resolved against the rest of the text. */
export type NamedClaimant = {
  name: string;
  description: string | null;
  /** How the name refers: itself, a pronoun, the author ("we"), "the ministry", "a monitor". */
  reference: 'name' | 'pronoun' | 'first_person' | 'definite' | 'generic';
  /** An acronym given in brackets, "(MoH)", by which later sentences may name it. */
  alias: string | null;
};

const ORG_HEAD = String.raw`(?:ministry|office|agency|organi[sz]ation|observatory|committee|council|department|authority|authorities|commission|directorate|service|network|mission|command|forces|military|army|police|government|defen[cs]e|syndicate|society|crescent|cross|fund|programme|bureau|centre|center|institute|union|coalition|association|group|monitor|UN|OCHA|UNRWA|UNICEF|WHO|UNHCR|IOM|ICRC|MSF|IDF)`;
const ROLE = String.raw`(?:spokes(?:man|woman|person)|official|director(?:-general)?|head|chief|representative|officer|coordinator|commander|minister|secretary-general|commissioner-general)`;
const TITLE = String.raw`(?:Governor|President|Prime Minister|Minister|Mayor|General|Gen\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Colonel|Col\.|Lieutenant|Lt\.|Major|Captain|Capt\.|Spokes(?:man|woman|person)|Commissioner-General|Secretary-General|Director(?:-General)?|Chief|Sheikh)`;
const DATA_WORDS =
  /^(?:the\s+)?(?:(?:latest|new|updated|official|daily|preliminary|final)\s+)*(?:figures|data|statistics|numbers|estimates|a statement|statements|a report|reports|a tally|a count|a toll|the toll|records|information)\s+(?:from|by|of|released by|issued by|published by|compiled by)\s+/i;

// "the latest situation report": a document, which names no one.
const DOCUMENT =
  /^(?:the\s+)?(?:(?:latest|new|daily|weekly|recent|last|situation|humanitarian|official|flash)\s+)*(?:report|update|statement|bulletin|figures|data|statistics)\b/i;

const ORGANISATION = new RegExp(String.raw`\b${ORG_HEAD}\b`, 'i');
// (?=\S): the spaces before a name are all read as spaces, so they are read one way only.
const ROLE_FOR = new RegExp(
  String.raw`^(?:an?\s+|the\s+)?(?:[\w'’-]+\s+)?${ROLE}\s+(?:for|of|at|with|from)\s+(?=\S)(?:the\s+(?=\S))?(.+)$`,
  'i',
);
const ORGANISATION_ROLE = new RegExp(
  String.raw`^(?:the\s+(?=\S))?(.*\b${ORG_HEAD})\s+${ROLE}\b`,
  'i',
);
const TITLED = new RegExp(String.raw`^((?:[A-Z][\w-]*\s+){0,2}${TITLE})\s+([A-Z].*)$`);
const OPENING_QUOTES = /^["“‘']+/;
const CLOSING_QUOTE = /["”’']/;
const THERE = /(?<!\s)\s+(?:there|here)$/i;
const STATEMENT = /(?<!\s)\s+(?:statement|data|figures|statistics)$/i;

/** Whether a phrase names an organisation by its head noun or a known acronym. */
export function isOrganisation(phrase: string): boolean {
  return ORGANISATION.test(phrase);
}

/**
 * The phrase without its opening and closing quotation marks: what
 * `replace(/^["“‘']+|["”’']+$/g, '')` gives, without trying the closing marks at every mark of a
 * long run of them.
 */
function withoutQuotes(phrase: string): string {
  const from = OPENING_QUOTES.exec(phrase)?.[0].length ?? 0;
  let to = phrase.length;
  while (to > from && CLOSING_QUOTE.test(phrase[to - 1] ?? '')) to--;
  return phrase.slice(from, to);
}

/**
 * The phrase without its bracketed asides, each with the spaces before it: what
 * `replace(/\s*\([^)]*\)/g, '')` gives, reading the phrase once (that pattern reads to the end of
 * the phrase from every bracket left open, and tries every space of a run).
 */
function withoutAsides(phrase: string): string {
  let kept = '';
  let from = 0;
  for (;;) {
    const open = phrase.indexOf('(', from);
    const close = open < 0 ? -1 : phrase.indexOf(')', open + 1);
    if (close < 0) break;
    let start = open;
    while (start > from && /\s/.test(phrase[start - 1] ?? '')) start--;
    kept += phrase.slice(from, start);
    from = close + 1;
  }
  return kept + phrase.slice(from);
}

/** Cleans a claimant phrase from a sentence into a name, with what kind of reference it is. */
export function nameClaimant(phrase: string): NamedClaimant | null {
  let text = withoutQuotes(phrase.trim()).replace(DATA_WORDS, '');
  const alias = /\(([A-Z][A-Za-z]{1,9})\)/.exec(text)?.[1] ?? null;
  text = withoutAsides(text)
    .replace(/['’]s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  text = text.replace(THERE, '').replace(STATEMENT, '');
  if (!text || /\d/.test(text) || text.split(' ').length > 12 || DOCUMENT.test(text)) return null;
  if (/^(?:he|she|it|they|i)$/i.test(text))
    return { name: text, description: null, reference: 'pronoun', alias };
  if (/^(?:we|us)$/i.test(text))
    return { name: text, description: null, reference: 'first_person', alias };

  const [, forOrg] = ROLE_FOR.exec(text) ?? [];
  if (forOrg)
    return {
      ...(nameClaimant(forOrg) ?? named(forOrg)),
      description: text.replace(/^(?:an?|the)\s+/i, ''),
    };
  const [, orgThenRole] = ORGANISATION_ROLE.exec(text) ?? [];
  if (orgThenRole) return { ...named(orgThenRole), description: text };
  const [, title, titledName] = TITLED.exec(text) ?? [];
  if (title && titledName)
    return { name: titledName, description: title, reference: 'name', alias };

  const withoutArticle = text.replace(/^(?:the\s+)?(?:so-called\s+)?/i, '');
  if (/^an?\s/i.test(text)) {
    const rest = text.replace(/^an?\s+/i, '');
    const reference = !/\p{Lu}/u.test(rest) && isOrganisation(rest) ? 'definite' : 'generic';
    return { name: rest, description: null, reference, alias };
  }
  // "the ministry", "health ministry": a common noun that a name given earlier may stand behind.
  const isShortOrganisation =
    withoutArticle.split(' ').length <= 2 && isOrganisation(withoutArticle);
  const isDefinite =
    (!/\p{Lu}/u.test(withoutArticle) && (/^the\s/i.test(text) || isOrganisation(withoutArticle))) ||
    (/^the\s/i.test(text) && isShortOrganisation);
  return {
    name: withoutArticle,
    description: null,
    reference: isDefinite ? 'definite' : 'name',
    alias,
  };
}

function named(text: string): NamedClaimant {
  return { name: text.replace(/^the\s+/i, ''), description: null, reference: 'name', alias: null };
}

const KINDS: [SourceKind, RegExp][] = [
  ['monitor', /\b(?:monitor|observatory|network for human rights|airwars|acled)\b/i],
  [
    'un_agency',
    /\b(?:United Nations|UN|U\.N\.|OCHA|UNRWA|UNICEF|WHO|World Health Organi[sz]ation|UNHCR|IOM|International Organi[sz]ation for Migration|WFP|World Food Programme|UNFPA|OHCHR|UNDP|HRMMU)\b/,
  ],
  ['ministry', /\bministry\b/i],
  [
    'media',
    /\b(?:media|news agency|Reuters|AP|AFP|Associated Press|Al Jazeera|BBC|CNN|SANA|WAFA|IRNA|Tasnim|TASS|Anadolu|Xinhua|television|TV|radio|newspaper)\b/i,
  ],
  [
    'ngo',
    /\b(?:Red Cross|Red Crescent|ICRC|Médecins|MSF|Amnesty|Human Rights Watch|Save the Children|Oxfam|Refugee Council|charity|NGO|foundation|syndicate|rights group)\b/i,
  ],
  [
    'armed_group',
    /\b(?:Hamas|Hezbollah|Houthis?|militia|brigades?|Rapid Support Forces|RSF|armed group|Islamic Jihad|Taliban|Islamic State|rebels?)\b/i,
  ],
  [
    'government',
    /\b(?:military|army|IDF|defen[cs]e forces|armed forces|government|authorities|presidency|civil defen[cs]e|interior)\b/i,
  ],
  [
    'official',
    /\b(?:officials?|governor|mayor|spokes(?:man|woman|person)|minister|commander|police|head|chief|director)\b/i,
  ],
];

/** The kind of source a claimant's name and description suggest; `other` when nothing does. */
export function guessSourceKind(name: string, description: string | null): SourceKind {
  const text = `${description ?? ''} ${name}`;
  return KINDS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}
