import type { Attribution, SourceKind } from '@/db/enums';
import { guessSourceKind } from './claimant-names';
import type { Mention } from './claimants';
import { FullNames } from './full-names';

/** A claimant as a draft gives it. */
export type Claimant = {
  claimant: string;
  kind: SourceKind;
  description: string | null;
  attribution: Exclude<Attribution, 'unattributed'>;
  via: string | null;
};

type Known = Claimant & { alias: string | null };

const same = (a: string, b: string): boolean => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x.includes(y) || y.includes(x);
};

/**
 * Resolves the claimants a text names, in the order it names them: "it" and "he" are the last one
 * named, "the ministry" the latest named source it fits, "MoH" the name it abbreviates, "Baghaei"
 * the full name given before, and "we" (or the author's own name) the author, directly.
 */
export class ClaimantResolver {
  private readonly known: Known[] = [];
  // The latest known claimant by alias and by last word: each lookup stays one step, however many
  // claimants the text names.
  private readonly byAlias = new Map<string, Known>();
  private readonly byLastWord = new Map<string, Known>();
  // For each description ("the ministry"), the latest claimant it fitted and how many were known
  // then: a later lookup reads only the claimants named since.
  private readonly byDescription = new Map<string, { seen: number; found: Known | undefined }>();
  private readonly fullNames: FullNames;
  private last: Claimant | null = null;

  constructor(
    text: string,
    private readonly author: string | null,
    private readonly relays: readonly string[],
  ) {
    this.fullNames = new FullNames(text);
  }

  /** The author as the claimant of a statement no one else is said to make. */
  authorClaimant(): Claimant | null {
    if (!this.author) return null;
    return {
      claimant: this.author,
      kind: guessSourceKind(this.author, null),
      description: null,
      attribution: 'direct',
      via: null,
    };
  }

  /** The claimant a mention names, from what the text said before offset `before`. */
  resolve(mention: Mention, before: number): Claimant | null {
    if (mention.reference === 'first_person') return this.authorClaimant();
    if (mention.reference === 'pronoun') return this.last;
    const found = this.findKnown(mention);
    const name = found?.claimant ?? this.fullName(mention.name, before);
    const authored = this.author !== null && same(name, this.author) ? this.authorClaimant() : null;
    const via =
      mention.via && !this.relays.some((r) => same(r, mention.via ?? '')) ? mention.via : null;
    const claimant: Claimant = authored
      ? { ...authored, via }
      : {
          claimant: name,
          kind: found?.kind ?? guessSourceKind(name, mention.description),
          description: found?.description ?? mention.description,
          attribution: 'reported',
          via,
        };
    this.remember({ ...claimant, alias: mention.alias });
    this.last = claimant;
    return claimant;
  }

  private remember(known: Known): void {
    this.known.push(known);
    if (known.alias !== null) this.byAlias.set(known.alias, known);
    const space = known.claimant.lastIndexOf(' ');
    if (space >= 0) this.byLastWord.set(known.claimant.slice(space + 1), known);
  }

  private findKnown(mention: Mention): Known | undefined {
    const byAlias = this.byAlias.get(mention.name);
    if (byAlias) return byAlias;
    if (mention.reference !== 'definite') return undefined;
    const description = mention.name.toLowerCase();
    const cached = this.byDescription.get(description);
    let found: Known | undefined;
    for (let i = this.known.length - 1; i >= (cached?.seen ?? 0) && !found; i--) {
      const known = this.known[i];
      if (known?.claimant.toLowerCase().includes(description)) found = known;
    }
    found ??= cached?.found;
    this.byDescription.set(description, { seen: this.known.length, found });
    return found;
  }

  /** "Baghaei" → "Esmaeil Baghaei", when the text gave the full name before. */
  private fullName(name: string, before: number): string {
    if (!/^\p{Lu}[\p{L}'’-]+$/u.test(name))
      return this.author && same(name, this.author) ? this.author : name;
    // A claimant named before whose name ends in this one: " Baghaei".
    const known = this.byLastWord.get(name);
    if (known) return known.claimant;
    return this.fullNames.fullName(name, before);
  }
}
