import { isSpace } from './scan';

// "Baghaei" said: the full name is the first "Esmaeil Baghaei" earlier in the text, one to three
// capitalised words before the name. Searching the text before every mention for it is a rescan
// per mention; this index reads the text once and answers each name in the time of its length.
// It gives what the first match of this pattern in the text before the mention would:
//   ((?:\p{Lu}[\p{L}'’-]+\s+){1,3})NAME\b
// where NAME is one word of the same letters. \b is JavaScript's: between an ASCII letter, digit or
// _ and anything else.

const RUN = /[\p{L}'’-]+/gu;
const UPPER = /^\p{Lu}$/u;

/** The letter at `at` (a whole code point) and where the next one starts. */
function letterAt(text: string, at: number): { letter: string; next: number } {
  const code = text.codePointAt(at) ?? 0;
  const letter = String.fromCodePoint(code);
  return { letter, next: at + letter.length };
}

type Run = {
  start: number;
  end: number;
  /** The first capital that a word can start at: one with a letter after it in the run. */
  firstCapital: number;
  /** Whether the run is a word of the pattern whole: a capital and at least one letter more. */
  isWord: boolean;
  /** Whether only whitespace, at least one, stands between the run before and this one. */
  followsSpace: boolean;
};

type Node = { first: number | null; next: Map<string, Node> };
/** Where a match starts: the run of its first word, and the capital in it. */
type Chain = { run: number; start: number };

const isWordChar = (char: string | undefined): boolean =>
  char !== undefined && /^[A-Za-z0-9_]$/.test(char);

/** A word cut where \b holds inside it: "Al-Nasser’s" → "Al", "-", "Nasser", "’", "s". */
function segments(word: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let at = 1; at <= word.length; at++) {
    if (at === word.length || isWordChar(word[at - 1]) !== isWordChar(word[at])) {
      parts.push(word.slice(from, at));
      from = at;
    }
  }
  return parts;
}

export class FullNames {
  private runs: Run[] | null = null;
  private readonly root: Node = { first: null, next: new Map() };
  private readonly answers = new Map<string, { named: number; chain: Chain } | null>();

  constructor(private readonly text: string) {}

  /**
   * The full name the text gives `name` before offset `end`, or `name` itself. `end` must follow
   * whitespace (a sentence start), so \b after a name before it reads the same in the whole text.
   */
  fullName(name: string, end: number): string {
    const runs = this.indexed();
    const found = this.firstChain(name);
    if (!found || (runs[found.named]?.start ?? Infinity) + name.length > end) return name;
    const words = this.text.slice(found.chain.start, this.greedyEnd(name, found, end));
    return `${words}${name}`;
  }

  private indexed(): Run[] {
    if (this.runs) return this.runs;
    const runs: Run[] = [];
    for (const match of this.text.matchAll(RUN)) {
      const start = match.index;
      const end = start + match[0].length;
      const previous = runs.at(-1);
      let firstCapital = -1;
      for (let at = start; at < end;) {
        const { letter, next } = letterAt(this.text, at);
        if (next < end && UPPER.test(letter)) {
          firstCapital = at;
          break;
        }
        at = next;
      }
      runs.push({
        start,
        end,
        firstCapital,
        isWord: firstCapital === start,
        followsSpace: previous !== undefined && this.isSpaceBetween(previous.end, start),
      });
      const index = runs.length - 1;
      if (UPPER.test(letterAt(this.text, start).letter) && this.chainStart(runs, index) !== null)
        this.insert(index, runs[index] as Run);
    }
    this.runs = runs;
    return runs;
  }

  private isSpaceBetween(from: number, to: number): boolean {
    if (to <= from) return false;
    for (let at = from; at < to; at++) if (!isSpace(this.text[at])) return false;
    return true;
  }

  /** Where the leftmost match ending in a name at run `index` starts, or null if none does. */
  private chainStart(runs: readonly Run[], index: number): Chain | null {
    let chain: Chain | null = null;
    for (let words = 1; words <= 3; words++) {
      const word = runs[index - words];
      const after = runs[index - words + 1];
      if (!word || !after?.followsSpace || word.firstCapital < 0) break;
      chain = { run: index - words, start: word.firstCapital };
      if (!word.isWord) break;
    }
    return chain;
  }

  /** Files run `index` under each prefix of it that a name can be: one that \b ends. */
  private insert(index: number, run: Run): void {
    const word = this.text.slice(run.start, run.end);
    let node = this.root;
    let length = 0;
    const parts = segments(word);
    for (const [i, part] of parts.entries()) {
      let child = node.next.get(part);
      if (!child) node.next.set(part, (child = { first: null, next: new Map() }));
      node = child;
      length += part.length;
      const isLast = i === parts.length - 1;
      const endsAtBoundary =
        !isLast || isWordChar(word[length - 1]) !== isWordChar(this.text[run.end]);
      if (endsAtBoundary && length >= 2) node.first ??= index;
    }
  }

  /** The first run that starts with `name` and has capitalised words before it, and their start. */
  private firstChain(name: string): { named: number; chain: Chain } | null {
    const known = this.answers.get(name);
    if (known !== undefined) return known;
    let node: Node | undefined = this.root;
    for (const part of segments(name)) node = node?.next.get(part);
    const named = node?.first ?? null;
    const chain = named === null ? null : this.chainStart(this.runs ?? [], named);
    const answer = named === null || chain === null ? null : { named, chain };
    this.answers.set(name, answer);
    return answer;
  }

  /**
   * Where the words of the match end. From its start the pattern takes as many words as it can (up
   * to three) and backs off until the name follows, so a later mention of the name may be the one.
   */
  private greedyEnd(name: string, found: { named: number; chain: Chain }, end: number): number {
    const runs = this.runs ?? [];
    const first = found.chain.run;
    for (let words = 3; words >= 1; words--) {
      const named = runs[first + words];
      if (!named || !this.isChainOf(first, words) || !this.namesAt(named, name, end)) continue;
      return named.start;
    }
    return runs[found.named]?.start ?? found.chain.start;
  }

  /** Whether runs first+1 … first+words are each a word, one whitespace after the other. */
  private isChainOf(first: number, words: number): boolean {
    const runs = this.runs ?? [];
    for (let i = first + 1; i <= first + words; i++) {
      if (!runs[i]?.followsSpace || (i < first + words && !runs[i]?.isWord)) return false;
    }
    return true;
  }

  private namesAt(run: Run, name: string, end: number): boolean {
    const stop = run.start + name.length;
    if (stop > end || !this.text.startsWith(name, run.start)) return false;
    return isWordChar(this.text[stop - 1]) !== (stop < end && isWordChar(this.text[stop]));
  }
}
