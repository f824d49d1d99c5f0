/**
 * Build-time helpers: the keys stored beside each Kazakh page, and the
 * per-language vocabulary the typo correction loads by parts (correct.ts, word-buckets.ts).
 */
import type { Locale } from '../../i18n/locales';
import { wordKey } from './query';
import { stripAccents, tokens } from './text';
import { memo } from '../memo';

// Each word's key, per language: a build asks for the same words on thousands of pages.
const keyOf = memo((lang: Locale) => memo((word: string) => wordKey(lang, word)));

/**
 * The distinct keys of a text, in order of first appearance.
 * @example distinctKeys('kk', 'Мектептер мен мектепке') // ['мектеп', 'мен']
 */
export function distinctKeys(lang: Locale, text: string): string[] {
  return [...new Set(tokens(text).map(keyOf(lang)).filter(Boolean))];
}

/**
 * Every key of a language's pages, the ones found on most pages first (so the
 * correction prefers common words), then alphabetically for a stable file.
 * @example vocabulary('en', ['Schools and hubs', 'Hubs']) // ['hubs', 'schools']
 */
export function vocabulary(lang: Locale, pages: readonly string[]): string[] {
  return rankKeys(pages.map((text) => distinctKeys(lang, text)));
}

/** `vocabulary` from each page's distinct keys (a build keeps those, not whole texts). */
export function rankKeys(pages: Iterable<readonly string[]>): string[] {
  const pagesWith = new Map<string, number>();
  for (const keys of pages) {
    for (const key of keys) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  return [...pagesWith]
    // The correction leaves words under four letters alone (correct.ts), so they are not shipped.
    .filter(([key]) => [...key].length >= 4)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([key]) => key);
}

/**
 * The keys of a page that are not words of its text as Pagefind indexes them
 * (lower case, accents removed). A query finds the others in the text itself,
 * so a Kazakh page's `keys` field, which the indexer holds in memory for
 * every page, leaves them out.
 * @example keysBeyondText('kk', 'Мектеп және мектептерде') // ['жане']
 */
export function keysBeyondText(lang: Locale, text: string): string[] {
  const words = new Set(tokens(text).map(stripAccents));
  return distinctKeys(lang, text).filter((key) => !words.has(key));
}
