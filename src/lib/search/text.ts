/**
 * Words as the search sees them: runs of letters and digits. Pagefind splits
 * text on white space and drops punctuation; we split the same way, so a
 * word's position here is its position in Pagefind's `content`.
 */

/**
 * The words of a text, in order, as they appear (punctuation kept on them).
 * @example splitWords(' Бала  құқықтары. ') // ['Бала', 'құқықтары.']
 */
export function splitWords(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * A word without the punctuation around it, or '' if nothing is left.
 * @example bareWord('«Қазақстан»,') // 'Қазақстан'
 */
export function bareWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * The searchable words of a text: letters and digits, split at punctuation and hyphens.
 * @example tokens('BeKind-жобасы, 2020-да') // ['BeKind', 'жобасы', '2020', 'да']
 */
export function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Removes accents as Pagefind does when it indexes (é → e, ё → е), and lower-cases.
 * @example stripAccents('Educación') // 'educacion'
 */
export function stripAccents(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}
