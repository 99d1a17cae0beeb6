// English is told apart by its commonest words: a script test alone would read French, Spanish or
// German as English, and a dictionary would be a dependency for one yes-or-no answer.
const ENGLISH_WORDS = new Set(
  (
    'the of and to in a an is are was were has have had been be by on at for from with that this ' +
    'these those it its he she they we our their his her said says say according over including ' +
    'who which while after since as than more least nearly about people killed kill kills killing ' +
    'dead died injured wounded missing displaced detained total children women men civilians toll ' +
    'death deaths strike strikes attack attacks there not no or but also into during'
  ).split(' '),
);

/** How many characters (code points) of `text` match a pattern of runs of them. */
function countOf(text: string, runs: RegExp): number {
  let count = 0;
  for (const run of text.matchAll(runs)) count += [...run[0]].length;
  return count;
}

/** Whether a sentence is written in English (mostly Latin letters, enough common English words). */
export function isEnglish(sentence: string): boolean {
  // Counted run by run: a match per letter builds an array as long as the text.
  const latin = countOf(sentence, /\p{Script=Latin}+/gu);
  const letters = countOf(sentence, /\p{L}+/gu);
  if (latin === 0 || latin < letters - latin) return false;
  const words = sentence.toLowerCase().match(/\p{Script=Latin}+/gu) ?? [];
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  return words.length <= 3 ? english >= 1 : english / words.length >= 0.2;
}
