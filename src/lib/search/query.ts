/**
 * What the search sends to Pagefind, and how it recognises the words it
 * matched, per language. English, Spanish and Russian use Pagefind's own
 * stemmers (and its accent folding, so е and ё match both ways); Kazakh has
 * none, so Kazakh words become our keys (kazakh-stem.ts), which the build
 * stores beside each Kazakh page (src/integrations/pagefind.ts).
 */
import { localeCodes, localeFeatures, type Locale } from '../../i18n/locales';
import { kazakhKey } from './kazakh-stem';
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

/**
 * The words of a query, each in its key form.
 * @example queryWords('kk', 'Қазақстандағы мектептер!') // ['казакстан', 'мектеп']
 */
export function queryWords(lang: Locale, query: string): string[] {
  return tokens(query)
    .map((w) => wordKey(lang, w))
    .filter(Boolean);
}

/**
 * The query text for Pagefind: keys for Kazakh, the reader's own words otherwise.
 * @example pagefindQuery('kk', 'кітабы') // 'китап'
 * @example pagefindQuery('ru', 'Ёлка') // 'Ёлка'
 */
export function pagefindQuery(lang: Locale, query: string): string {
  return keyedLanguages.has(lang) ? queryWords(lang, query).join(' ') : query.trim();
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
