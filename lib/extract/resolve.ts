import type { Attribution, SourceKind } from '@/db/enums';
import { guessSourceKind } from './claimant-names';
import type { Mention } from './claimants';

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
  private last: Claimant | null = null;

  constructor(
    private readonly author: string | null,
    private readonly relays: readonly string[],
  ) {}

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

  resolve(mention: Mention, textBefore: string): Claimant | null {
    if (mention.reference === 'first_person') return this.authorClaimant();
    if (mention.reference === 'pronoun') return this.last;
    const found = this.findKnown(mention);
    const name = found?.claimant ?? this.fullName(mention.name, textBefore);
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
    this.known.push({ ...claimant, alias: mention.alias });
    this.last = claimant;
    return claimant;
  }

  private findKnown(mention: Mention): Known | undefined {
    const recent = [...this.known].reverse();
    const byAlias = recent.find((k) => k.alias === mention.name);
    if (byAlias) return byAlias;
    if (mention.reference === 'definite') {
      const description = mention.name.toLowerCase();
      return recent.find((k) => k.claimant.toLowerCase().includes(description));
    }
    return undefined;
  }

  /** "Baghaei" → "Esmaeil Baghaei", when the text gave the full name before. */
  private fullName(name: string, textBefore: string): string {
    if (!/^\p{Lu}[\p{L}'’-]+$/u.test(name))
      return this.author && same(name, this.author) ? this.author : name;
    const known = [...this.known].reverse().find((k) => k.claimant.endsWith(` ${name}`));
    if (known) return known.claimant;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const full = new RegExp(String.raw`((?:\p{Lu}[\p{L}'’-]+\s+){1,3})${escaped}\b`, 'u').exec(
      textBefore,
    );
    return full ? `${full[1]}${name}` : name;
  }
}
