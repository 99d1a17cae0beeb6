/** A sentence of the text, with its offsets into the whole text (UTF-16 code units). */
export type Sentence = {
  text: string;
  start: number;
  end: number;
  /** Blocks between blank lines, and each bullet of a list, are paragraphs of their own. */
  paragraph: number;
  /** The text's first line standing alone without a full stop: a headline or letterhead. */
  isHeadline: boolean;
};

type Line = { text: string; start: number };

const BULLET = /^\s*(?:[•▪●◦‣*·-]|\d{1,2}[.)])\s+/;
// Abbreviations whose full stop ends no sentence: "Oct. 7", "Gen. Smith", "No. 412", "U.N. staff".
const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Maj|Gov|Sen|Rep|St|Jr|Sr|Inc|Ltd|Co|Corp|No|Nos|Art|approx|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|a\.m|p\.m|e\.g|i\.e)|\b[A-Z](?:\.[A-Z])*)\.$/;
// Tried only where a run of stops begins: a match needs the whole run, so a later start in the run
// fails as the first did (without the lookbehind, a run of n marks costs n² steps).
const SENTENCE_END = /(?<![.!?])[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\d])/gu;

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part.replace(/\r$/, ''), start });
    start += part.length + 1;
  }
  return lines;
}

/**
 * Splits a text into sentences, keeping offsets. A line break ends a sentence unless the text was
 * hard-wrapped mid-sentence (the next line goes on in lower case); bullets start paragraphs.
 */
export function splitSentences(text: string): Sentence[] {
  const runs: { start: number; end: number; paragraph: number }[] = [];
  let paragraph = -1;
  let isNewBlock = true;
  let previous: Line | null = null;
  for (const line of linesOf(text)) {
    if (line.text.trim() === '') {
      isNewBlock = true;
      previous = null;
      continue;
    }
    const bullet = BULLET.exec(line.text);
    const start = line.start + (bullet ? bullet[0].length : line.text.search(/\S/));
    const end = line.start + line.text.trimEnd().length;
    if (isNewBlock || bullet) paragraph++;
    const continues =
      previous !== null &&
      !bullet &&
      /^\s*\p{Ll}/u.test(line.text) &&
      !/[.!?:;]["”’]?\s*$/.test(previous.text);
    const last = runs.at(-1);
    if (continues && last) last.end = end;
    else runs.push({ start, end, paragraph });
    isNewBlock = false;
    previous = line;
  }
  const [firstRun, secondRun] = runs;
  const headlineRun =
    firstRun &&
    secondRun &&
    secondRun.paragraph !== firstRun.paragraph &&
    !/[.!?]["”’]?$/.test(text.slice(firstRun.start, firstRun.end))
      ? firstRun
      : null;
  return runs.flatMap((run) =>
    splitRun(text, run.start, run.end).map((span) => ({
      ...span,
      text: text.slice(span.start, span.end),
      paragraph: run.paragraph,
      isHeadline: run === headlineRun,
    })),
  );
}

function splitRun(text: string, start: number, end: number): { start: number; end: number }[] {
  const run = text.slice(start, end);
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  for (const match of run.matchAll(SENTENCE_END)) {
    const stop = match.index + match[0].length;
    if (ABBREVIATION.test(run.slice(Math.max(0, match.index - 12), match.index + 1))) continue;
    spans.push({ start: start + from, end: start + stop });
    from = stop + (/^\s*/.exec(run.slice(stop))?.[0].length ?? 0);
  }
  if (from < run.length) spans.push({ start: start + from, end });
  return spans.filter((s) => s.end > s.start);
}
