import { MAX_BODY_BYTES } from '@/lib/api/request-body';
import { qualifierInterval } from '@/lib/claims/rules/intervals';
import { readTextFacts } from './author';
import { linkParts } from './breakdowns';
import { findMentions } from './claimants';
import { type Found, draftDates, toDraft } from './drafts';
import { readSentenceDates } from './dates';
import { readFigures } from './figures';
import { isEnglish } from './language';
import { findNumbers } from './numbers';
import { type Claimant, ClaimantResolver } from './resolve';
import { splitSentences } from './segments';
import type { Draft, ExtractOptions, ExtractResult } from './types';

export const MESSAGES = {
  empty: 'The text is empty: paste an article or bulletin.',
  tooLarge: 'The text is over 1 MB: paste at most 1 MB at a time.',
  notEnglish: 'No figures were found in English text.',
  noNumbers: 'No figures were found: the text has no numbers.',
  none: 'No casualty figures were found in the text.',
} as const;

/**
 * Reads the casualty figures of an article, bulletin or update as draft claims: value, qualifier,
 * what is counted and what happened to them, who claims it, the dates, and breakdowns of totals.
 * Pure and deterministic. Returns no drafts and a message for empty, oversized, non-English or
 * figure-less text.
 */
export function extractDrafts(text: string, options: ExtractOptions = {}): ExtractResult {
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
    for (const figure of figures) {
      const nearest = named.toSorted(
        (a, b) => Math.abs(a.at - figure.start) - Math.abs(b.at - figure.start),
      )[0];
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
        dates: draftDates(sentence.text, figure, dates, paragraphLeadIn, published),
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

/** A headline's figure that the body gives again is the body's. */
function withoutHeadlineRepeats(found: Found[]): Found[] {
  return found.filter(
    (item) =>
      !item.isHeadline ||
      !found.some(
        (other) =>
          !other.isHeadline &&
          other.figure.value === item.figure.value &&
          other.figure.qualifier === item.figure.qualifier &&
          other.figure.outcome === item.figure.outcome,
      ),
  );
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
