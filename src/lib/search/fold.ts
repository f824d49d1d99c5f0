/**
 * Keyboard folding: what a reader types on a Russian keyboard instead of the
 * Kazakh letters. The same folding runs on the index (at build time) and on
 * the query, so `казакстан` finds a page that says `Қазақстан`.
 */
const kazakhToRussian: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
};

/** Latin letters that look like Cyrillic ones and slip into Cyrillic words (a Latin "i" for "і" is common). */
const latinLookalikes: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', k: 'к' };

/** Kazakh letters that a Russian keyboard does not have. */
export const kazakhOnlyLetters = /[әғқңөұүһі]/;

/**
 * Lower-cases a word and, when it is written mostly in Cyrillic, turns Latin
 * look-alikes into Cyrillic letters.
 * @example normalizeWord('Мектeп') // 'мектеп' (the "e" was Latin)
 */
export function normalizeWord(word: string): string {
  const lower = word.toLocaleLowerCase('kk').normalize('NFC');
  if (!/\p{Script=Cyrillic}/u.test(lower) || !/[a-z]/.test(lower)) return lower;
  return lower.replace(/[a-z]/g, (ch) => latinLookalikes[ch] ?? ch);
}

/**
 * Folds Kazakh letters (and ё) to the Russian letters readers type instead.
 * @example foldKazakh('Қазақстандағы') // 'казакстандагы'
 * @example foldKazakh('өнер') // 'онер'
 */
export function foldKazakh(text: string): string {
  return normalizeWord(text).replace(/[әғқңөұүһіё]/g, (ch) => kazakhToRussian[ch] ?? ch);
}
