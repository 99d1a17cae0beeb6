import 'server-only';
/** Ids a resolver found or created in its transaction, by key, so each name costs one lookup. */
export class IdCache {
  private readonly ids = new Map<string, number>();

  get(key: string): number | undefined {
    return this.ids.get(key);
  }

  set(key: string, id: number): void {
    this.ids.set(key, id);
  }

  has(key: string): boolean {
    return this.ids.has(key);
  }

  /** The id kept for `key`, or the one `find` answers, kept from then on. */
  async remember(key: string, find: () => Promise<number>): Promise<number> {
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = await find();
    this.ids.set(key, id);
    return id;
  }
}
