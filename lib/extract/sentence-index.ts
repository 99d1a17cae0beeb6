import { OUTCOME_WORD, outcomeOfWord } from './lexicon';
import type { Outcome } from './types';
import { lowerBound } from './scan';

type OutcomeWord = { index: number; outcome: Outcome };

/**
 * What the rules ask of a whole sentence for each of its figures, found once per sentence: where
 * its outcome words are, and where the next comma or bracket is. Asked of the sentence again for
 * every figure, each would make a sentence of many figures quadratic.
 */
export class SentenceIndex {
  private outcomes: OutcomeWord[] | null = null;
  private readonly positions = new Map<string, number[]>();

  constructor(readonly text: string) {}

  /** Every outcome word of the sentence, as `sentence.matchAll(OUTCOME_WORD)` finds them. */
  outcomeWords(): OutcomeWord[] {
    this.outcomes ??= [...this.text.matchAll(OUTCOME_WORD)].flatMap((word) => {
      const outcome = outcomeOfWord(word[0]);
      return outcome ? [{ index: word.index, outcome }] : [];
    });
    return this.outcomes;
  }

  /** The outcome word nearest to `at`, the earlier of two as near. */
  nearestOutcome(at: number): Outcome | null {
    const words = this.outcomeWords();
    const after = lowerBound(words, at + 1, (w) => w.index);
    const left = words[after - 1];
    const right = words[after];
    if (!left) return right?.outcome ?? null;
    // Of several words at the same distance on the left, the first; there is only one per index.
    if (!right || at - left.index <= right.index - at) return left.outcome;
    return right.outcome;
  }

  /** Where the next of `chars` is at or after `from`, or the end of the sentence. */
  nextOf(chars: string, from: number): number {
    let positions = this.positions.get(chars);
    if (!positions) {
      positions = [];
      for (let at = 0; at < this.text.length; at++)
        if (chars.includes(this.text[at] ?? '')) positions.push(at);
      this.positions.set(chars, positions);
    }
    return positions[lowerBound(positions, from, (p) => p)] ?? this.text.length;
  }
}
