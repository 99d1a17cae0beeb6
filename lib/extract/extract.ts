import { MAX_BODY_BYTES } from '@/lib/api/request-body';
import { qualifierInterval } from '@/lib/claims/rules/intervals';
import { readTextFacts } from './author';
import { linkParts } from './breakdowns';
import { findMentions } from './claimants';
import { type Found, clauseBreaks, draftDates, toDraft } from './drafts';
import { readSentenceDates } from './dates';
import { TooSlow, checkDeadline, withDeadline } from './deadline';
import { readFigures } from './figures';
import { isEnglish } from './language';
import { findNumbers } from './numbers';
import { type Claimant, ClaimantResolver } from './resolve';
import { lowerBound } from './scan';
import { splitSentences } from './segments';
import type { Draft, ExtractOptions, ExtractResult } from './types';

export const MESSAGES = {
  empty: 'The text is empty: paste an article or bulletin.',
  tooLarge: 'The text is over 1 MB: paste at most 1 MB at a time.',
  notEnglish: 'No figures were found in English text.',
  noNumbers: 'No figures were found: the text has no numbers.',
  none: 'No casualty figures were found in the text.',
  tooSlow: 'This text took too long to read; paste a shorter part.',
} as const;

/**
 * Reads the casualty figures of an article, bulletin or update as draft claims: value, qualifier,
 * what is counted and what happened to them, who claims it, the dates, and breakdowns of totals.
 * Pure and deterministic. Returns no drafts and a message for empty, oversized, non-English or
 * figure-less text, and for a text not read within `options.timeLimitMs` (when given).
 */
export function extractDrafts(text: string, options: ExtractOptions = {}): ExtractResult {
  const { timeLimitMs } = options;
  if (timeLimitMs === undefined) return readDrafts(text, options);
  try {
    return withDeadline(timeLimitMs, () => readDrafts(text, options));
  } catch (error) {
    if (error instanceof TooSlow) return { drafts: [], message: MESSAGES.tooSlow };
    throw error;
  }
}

function readDrafts(text: string, options: ExtractOptions): ExtractResult {
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES)
    return { drafts: [], message: MESSAGES.tooLarge };
  if (text.trim() === '') return { drafts: [], message: MESSAGES.empty };
  const sentences = splitSentences(text).filter((s) => isEnglish(s.text));
  if (sentences.length === 0) return { drafts: [], message: MESSAGES.notEnglish };

  const facts = readTextFacts(text);
  const published = options.published || facts.published || undefined;
  const author = options.publisher?.trim() || facts.author;
  const relays = [facts.agency, options.publisher].filter((r): r is string => Boolean(r));
  const resolver = new ClaimantResolver(text, author, relays);
  const found: Found[] = [];
  let carried: { paragraph: number; claimant: Claimant } | null = null;
  let leadIn: { paragraph: number; dates: ReturnType<typeof readSentenceDates> } | null = null;

  for (const [index, sentence] of sentences.entries()) {
    checkDeadline();
    const figures = readFigures(sentence.text);
    const mentions = findMentions(sentence.text);
    const resolved = mentions.map((m) => ({
      at: m.at,
      claimant: resolver.resolve(m, sentence.start),
    }));
    const named = resolved.filter(
      (r): r is { at: number; claimant: Claimant } => r.claimant !== null,
    );
    const dates = readSentenceDates(sentence.text, published, figures, mentions.length > 0);
    const paragraphLeadIn = leadIn?.paragraph === sentence.paragraph ? leadIn.dates : null;
    const breaks = clauseBreaks(sentence.text);
    for (const figure of figures) {
      checkDeadline();
      const nearest = nearestNamed(named, figure.start);
      const fromContext =
        !nearest && carried?.paragraph === sentence.paragraph ? carried.claimant : null;
      found.push({
        sentence: index,
        sentenceText: sentence.text,
        offset: sentence.start,
        isHeadline: sentence.isHeadline,
        figure,
        claimant: nearest?.claimant ?? fromContext ?? resolver.authorClaimant(),
        isClaimantFromContext: fromContext !== null,
        dates: draftDates(sentence.text, figure, dates, paragraphLeadIn, published, breaks),
        upper:
          qualifierInterval(figure.qualifier, figure.value, { high: figure.high }).high ?? Infinity,
      });
    }
    const lastNamed = named.at(-1);
    if (lastNamed) carried = { paragraph: sentence.paragraph, claimant: lastNamed.claimant };
    if (/:\s*$/.test(sentence.text)) leadIn = { paragraph: sentence.paragraph, dates };
  }
  const drafts = finish(withoutHeadlineRepeats(found));
  if (drafts.length > 0) return { drafts };
  const hasNumbers = sentences.some((s) => findNumbers(s.text).length > 0);
  return { drafts: [], message: hasNumbers ? MESSAGES.none : MESSAGES.noNumbers };
}

/**
 * The claimant named nearest to a figure, the earlier of two as near. `named` is in the order of
 * the sentence (findMentions sorts it), so the nearest is beside where the figure would go.
 */
function nearestNamed<T extends { at: number }>(named: readonly T[], at: number): T | undefined {
  const after = lowerBound(named, at + 1, (n) => n.at);
  // Of several named at the same place, the first.
  const left = named[lowerBound(named, named[after - 1]?.at ?? at, (n) => n.at)];
  const right = named[after];
  if (!left || after === 0) return right;
  if (!right || at - left.at <= right.at - at) return left;
  return right;
}

/** A headline's figure that the body gives again is the body's. */
function withoutHeadlineRepeats(found: Found[]): Found[] {
  const key = ({ figure }: Found) => `${figure.value}|${figure.qualifier}|${figure.outcome}`;
  const inBody = new Set(found.filter((item) => !item.isHeadline).map(key));
  return found.filter((item) => !item.isHeadline || !inBody.has(key(item)));
}

/** Links parts to totals, gives parts what they inherit, and drops what is left without an outcome. */
function finish(found: Found[]): Draft[] {
  const links = linkParts(
    found.map((f) => ({
      ...f.figure,
      sentence: f.sentence,
      sentenceText: f.sentenceText,
      upper: f.upper,
    })),
  );
  const inherited = found.map((item, index) => {
    const total = links.partOf[index] ?? null;
    const parent = total === null ? undefined : found[total];
    if (!parent) return item;
    const own = item.figure.isOutcomeLocal ? item.figure.outcome : null;
    const figure = {
      ...item.figure,
      outcome: links.outcome[index] ?? own ?? parent.figure.outcome,
    };
    const dates = item.dates.isOwn || parent.sentence === item.sentence ? item.dates : parent.dates;
    return { ...item, figure, dates };
  });
  const kept = inherited.flatMap((item, oldIndex) =>
    item.figure.outcome === null ? [] : [{ item, oldIndex }],
  );
  const newIndex = new Map(kept.map(({ oldIndex }, position) => [oldIndex, position]));
  return kept.map(({ item, oldIndex }) => {
    const total = links.partOf[oldIndex] ?? null;
    return toDraft(
      item,
      total === null ? null : (newIndex.get(total) ?? null),
      links.isComplete[oldIndex] ?? null,
    );
  });
}
