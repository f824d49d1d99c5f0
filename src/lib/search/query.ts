/**
 * What the search sends to Pagefind, and how it recognises the words it
 * matched, per language. English, Spanish and Russian use Pagefind's own
 * stemmers (and its accent folding, so е and ё match both ways); Kazakh has
 * none, so Kazakh words become our keys (kazakh-stem.ts), which the build
 * stores beside each Kazakh page (src/integrations/pagefind.ts).
 */
import { localeCodes, localeFeatures, type Locale } from '../../i18n/locales';
import { kazakhKey } from './kazakh-stem';
import { foldKazakh, normalizeWord } from './fold';
import { stopWords } from './stop-words';
import { bareWord, splitWords, stripAccents, tokens } from './text';

/** Languages whose words the build turns into keys of our own (`searchKeys` in the locale registry). */
export const keyedLanguages: ReadonlySet<Locale> = new Set(localeCodes.filter((code) => localeFeatures[code].searchKeys));

/**
 * The form of a word the index and the typo vocabulary hold for a language.
 * @example wordKey('kk', 'мектептерде') // 'мектеп'
 * @example wordKey('es', 'Educación') // 'educacion'
 */
export function wordKey(lang: Locale, word: string): string {
  return keyedLanguages.has(lang) ? kazakhKey(word) : stripAccents(word);
}

/** A word as the stop-word lists are compared: lower case without accents, Kazakh letters folded (not stemmed). */
const stopForm = (lang: Locale, word: string) => (keyedLanguages.has(lang) ? foldKazakh(normalizeWord(word)) : stripAccents(word));
const stopSets = new Map(localeCodes.map((code) => [code, new Set(stopWords[code].map((w) => stopForm(code, w)))]));

/**
 * Is this word one a question is made of (stop-words.ts)?
 * @example isStopWord('en', 'What') // true
 * @example isStopWord('kk', 'жане') // true: және typed with Russian letters
 */
export function isStopWord(lang: Locale, word: string): boolean {
  return stopSets.get(lang)?.has(stopForm(lang, word)) ?? false;
}

/**
 * The words that say what the query is about: without stop words, unless
 * the query is nothing but stop words.
 * @example meaningfulWords('en', ['what', 'is', 'bullying']) // ['bullying']
 * @example meaningfulWords('en', ['what', 'is']) // ['what', 'is']
 */
export function meaningfulWords(lang: Locale, words: readonly string[]): string[] {
  const kept = words.filter((w) => !tokens(w).every((t) => isStopWord(lang, t)));
  return kept.length ? kept : [...words];
}

/**
 * The words of a query, each in its key form, stop words left out.
 * @example queryWords('kk', 'Қазақстандағы мектептер!') // ['казакстан', 'мектеп']
 */
export function queryWords(lang: Locale, query: string): string[] {
  return meaningfulWords(lang, tokens(query))
    .map((w) => wordKey(lang, w))
    .filter(Boolean);
}

/**
 * The query text for Pagefind: keys for Kazakh, the reader's own words
 * otherwise (Pagefind stems them), stop words left out.
 * @example pagefindQuery('kk', 'кітабы') // 'китап'
 * @example pagefindQuery('ru', 'Ёлка') // 'Ёлка'
 * @example pagefindQuery('en', 'What is the Convention?') // 'Convention?'
 */
export function pagefindQuery(lang: Locale, query: string): string {
  return keyedLanguages.has(lang) ? queryWords(lang, query).join(' ') : meaningfulWords(lang, splitWords(query)).join(' ');
}

/**
 * Positions (in Pagefind's `content`, split at white space) of the words whose
 * key starts with one of the query keys: what to highlight in a Kazakh excerpt.
 * @example matchPositions('kk', 'Біз мектепке бардық', ['мектеп']) // [1]
 */
export function matchPositions(lang: Locale, content: string, keys: readonly string[]): number[] {
  const found: number[] = [];
  splitWords(content).forEach((word, i) => {
    const parts = tokens(bareWord(word));
    if (parts.some((p) => keys.some((k) => wordKey(lang, p).startsWith(k)))) found.push(i);
  });
  return found;
}
