/**
 * Each match of a global pattern as its first group and the offset where the match starts. A
 * match whose first group took no part is left out.
 */
export function groupMatches(text: string, pattern: RegExp): [group: string, at: number][] {
  return [...text.matchAll(pattern)].flatMap((match) => {
    const [, group] = match;
    return group === undefined ? [] : [[group, match.index]];
  });
}
